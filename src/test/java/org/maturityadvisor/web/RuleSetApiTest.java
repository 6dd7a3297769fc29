package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.Multipart;
import org.maturityadvisor.testing.SignIn;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.SarifSchema;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule-set life cycle over real HTTP: drafts checked and previewed, publish, rollback, the forced publish and the
 * audit log. Each test starts from the shipped rules in a context of its own, since publishing changes what it serves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RuleSetApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    /** The users these tests act as: analysts, and boss, the admin who may force a publish. */
    @BeforeEach
    void users() {
        for (String analyst : List.of("analyst", "carol", "mallory", "ann", "bob")) {
            SignIn.createUser(base(), analyst, "analyst");
        }
        SignIn.createUser(base(), "boss", "admin");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aHarmlessEditIsCheckedPublishedServedAndRolledBack() throws Exception {
        String shipped = assessedVersion();
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("H" + rules.rowOf("ms-data-pipeline"), "Land training data in one known, versioned place.");

        HttpResponse<String> uploaded = upload(rules.directory().resolve(RulesFixture.TABLE), "analyst", "wording");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(uploaded.body());
        assertThat(report.get("valid").booleanValue()).isTrue();
        assertThat(report.get("gate").get("failures")).isEmpty();
        assertThat(report.get("gate").get("scenarios").intValue()).isGreaterThan(60);
        assertThat(report.get("impact").get("scenarios")).isEmpty();
        assertThat(report.get("publishable").booleanValue()).isTrue();
        String draft = report.get("version").stringValue();
        assertThat(assessedVersion()).as("a draft is not active").isEqualTo(shipped);

        HttpResponse<String> published = post("/api/rulesets/" + report.get("seq").intValue() + "/publish", "{}",
                "analyst");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(assessedVersion()).isEqualTo(draft);
        JsonNode versions = JSON.readTree(get("/api/rulesets").body());
        assertThat(versions.get("active").stringValue()).isEqualTo(draft);
        assertThat(versions.get("items").get(0).get("active").booleanValue()).isTrue();

        HttpResponse<String> rolledBack = post("/api/rulesets/" + draft + "/rollback",
                "{\"reason\": \"wrong wording\"}", "analyst");
        assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(200);
        assertThat(assessedVersion()).isEqualTo(shipped);

        JsonNode audit = JSON.readTree(get("/api/audit").body()).get("items");
        assertThat(audit.valueStream().map(e -> e.get("action").stringValue() + " by " + e.get("actor").stringValue()))
                .containsSubsequence("rollback by analyst", "publish by analyst", "draft by analyst");
        assertThat(audit.get(0).get("reason").stringValue()).isEqualTo("wrong wording");
    }

    @Test
    void aDraftThatMovesLevelsShowsTheTeamsItMovesAndIsGatedByTheScenarios() throws Exception {
        String team = "gated-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Gated\"}", "analyst");
        post("/api/teams/" + team + "/assessments", TeamApiTest.sample(), "analyst");
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("C" + rules.rowOf("ms-managed-compute"), "1"); // the sample team has not said: back to level 0

        JsonNode report = JSON.readTree(upload(rules.directory().resolve(RulesFixture.TABLE), "analyst", "stricter")
                .body());
        assertThat(report.get("valid").booleanValue()).isTrue();
        assertThat(report.get("gate").get("failures")).isNotEmpty();
        assertThat(report.get("publishable").booleanValue()).isFalse();
        JsonNode moved = report.get("impact").get("teams").valueStream()
                .filter(change -> change.get("id").stringValue().equals(team)).findFirst().orElseThrow();
        JsonNode microsoft = moved.get("models").get(0);
        assertThat(microsoft.get("model").stringValue()).isEqualTo("microsoft");
        assertThat(microsoft.get("levelBefore").intValue()).isEqualTo(1);
        assertThat(microsoft.get("levelAfter").intValue()).isZero();
        assertThat(microsoft.get("responsible").get(0).get("criterion").stringValue()).isEqualTo("ms-managed-compute");
        assertThat(microsoft.get("responsible").get(0).get("effect").stringValue()).isEqualTo("now blocks level 1");
        assertThat(report.get("impact").get("scenarios")).isNotEmpty();
        String text = get("/api/rulesets/" + report.get("seq").intValue() + "/report?format=text").body();
        assertThat(text).contains("publishing is blocked", "team " + team, "microsoft: level 1 -> 0",
                "ms-managed-compute now blocks level 1 (creation.managed-compute: unanswered, needs yes)");

        String seq = String.valueOf(report.get("seq").intValue());
        String shipped = assessedVersion();
        assertThat(post("/api/rulesets/" + seq + "/publish", "{}", "analyst").statusCode()).isEqualTo(409);
        HttpResponse<String> notAdmin = post("/api/rulesets/" + seq + "/publish",
                "{\"force\": true, \"reason\": \"x\"}", "analyst");
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(notAdmin.body()).contains("requires role admin");
        assertThat(post("/api/rulesets/" + seq + "/publish", "{\"force\": true}", "boss").body())
                .contains("needs a reason");
        assertThat(assessedVersion()).isEqualTo(shipped);

        HttpResponse<String> forced = post("/api/rulesets/" + seq + "/publish",
                "{\"force\": true, \"reason\": \"the board asked for stricter compute rules\"}", "boss");
        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(200);
        assertThat(assessedVersion()).isEqualTo(report.get("version").stringValue());
        JsonNode entry = JSON.readTree(get("/api/audit").body()).get("items").get(0);
        assertThat(entry.get("action").stringValue()).isEqualTo("publish-forced");
        assertThat(entry.get("actor").stringValue()).isEqualTo("boss");
        assertThat(entry.get("reason").stringValue()).isEqualTo("the board asked for stricter compute rules");
    }

    @Test
    void publishingAndRollingBackUnderAssessmentLoadFailsNoRequest() throws Exception {
        String shipped = assessedVersion();
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("H" + rules.rowOf("ms-data-pipeline"), "Land training data in one known, versioned place.");
        JsonNode report = JSON.readTree(upload(rules.directory().resolve(RulesFixture.TABLE), "analyst", "load")
                .body());
        String draft = report.get("version").stringValue();
        String body = Files.readString(Path.of("docs/examples/team.json"));

        java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.ConcurrentLinkedQueue<String> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.Set<String> served = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread client = new Thread(() -> {
                while (loading.get()) {
                    try {
                        HttpResponse<String> response = post("/api/assessments", body, null);
                        requests.incrementAndGet();
                        if (response.statusCode() != 200) {
                            failures.add(response.statusCode() + " " + response.body());
                        } else {
                            served.add(JSON.readTree(response.body()).get("rulesetVersion").stringValue());
                        }
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        Thread.sleep(500);
        for (int round = 0; round < 3; round++) {
            assertThat(post("/api/rulesets/" + draft + "/publish", "{}", "analyst").statusCode()).isEqualTo(200);
            Thread.sleep(300);
            assertThat(post("/api/rulesets/" + draft + "/rollback", "{}", "analyst").statusCode()).isEqualTo(200);
            Thread.sleep(300);
        }
        loading.set(false);
        for (Thread client : clients) {
            client.join();
        }

        assertThat(failures).isEmpty();
        assertThat(requests.get()).isGreaterThan(50);
        assertThat(served).containsExactlyInAnyOrder(shipped, draft);
    }

    @Test
    void theCliDraftsPublishesAndRollsBackOnTheRunningService() throws Exception {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("H" + rules.rowOf("ms-data-pipeline"), "Land training data in one known, versioned place.");
        String url = "--url=http://localhost:" + port;
        String token = "--token=" + JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/tokens"))
                .header("Authorization", SignIn.as("carol")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"carol-ci\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("token").stringValue();

        Cli draft = cli(SignIn.password("carol"), "rulesets", url, "--user=carol", "draft",
                rules.directory().resolve(RulesFixture.TABLE).toString(), "--comment=from the CLI", "--json");
        assertThat(draft.exit()).as(draft.err()).isZero();
        JsonNode report = JSON.readTree(draft.out());
        String seq = String.valueOf(report.get("seq").intValue());
        assertThat(cli(null, "rulesets", url, token, "report", seq).out()).contains("Scenario gate:", "Publishable.");
        assertThat(cli(SignIn.password("carol"), "rulesets", url, "--user=carol", "publish", seq).exit()).isZero();
        assertThat(assessedVersion()).isEqualTo(report.get("version").stringValue());
        assertThat(cli(null, "rulesets", url, token, "list", "--json").out())
                .contains("\"active\":\"" + report.get("version").stringValue());
        assertThat(cli(null, "rulesets", url, token, "list").out()).containsPattern("\\*\\s+" + seq + "  "
                + report.get("version").stringValue() + " ").contains("version(s); * = active");
        Cli refused = cli(null, "rulesets", url, token, "rollback", "1");
        assertThat(refused.exit()).isEqualTo(org.maturityadvisor.cli.Cli.REFUSED);
        assertThat(refused.err()).contains("only the active version can be rolled back");
        assertThat(cli(null, "rulesets", url, token, "rollback", seq, "--reason=undo").exit()).isZero();
        Cli audit = cli(SignIn.password("boss"), "rulesets", url, "--user=boss", "audit", "--json");
        assertThat(audit.out()).contains("\"actor\":\"token:carol-ci\",\"action\":\"rollback\"",
                "\"reason\":\"undo\"", "\"actor\":\"carol\",\"action\":\"publish\"");
        assertThat(cli(SignIn.password("boss"), "rulesets", url, "--user=boss", "audit").out())
                .contains("SEQ  AT", "token:carol-ci", "undo");
        Cli anonymous = cli(null, "rulesets", url, "audit");
        assertThat(anonymous.exit()).isEqualTo(org.maturityadvisor.cli.Cli.REFUSED);
        assertThat(anonymous.err()).contains("HTTP 401", "--token");
        Cli wrongPassword = cli("not-carols-password", "rulesets", url, "--user=carol", "list");
        assertThat(wrongPassword.err()).contains("HTTP 401");

        rules.setCell("F" + rules.rowOf("ms-data-pipeline"), "creation.data-pipline");
        Cli invalid = cli(null, "rulesets", url, token, "draft", rules.directory().resolve(RulesFixture.TABLE)
                .toString());
        assertThat(invalid.exit()).isEqualTo(org.maturityadvisor.cli.Cli.INVALID_RULES);
    }

    @Test
    void aDraftBuiltOnAVersionNoLongerActiveIsRefusedThenRebasedWithoutLosingThePublishInBetween() throws Exception {
        RulesFixture first = RulesFixture.copyOfShipped(Files.createDirectory(temp.resolve("first")));
        first.setCell("H" + first.rowOf("ms-data-pipeline"), "First analyst's wording.");
        RulesFixture second = RulesFixture.copyOfShipped(Files.createDirectory(temp.resolve("second")));
        int targetRow = second.rowOf("target-level.drl.xlsx", "target-1-context-unknown");
        second.setCell("target-level.drl.xlsx", "G" + targetRow, "Second analyst's reason.");
        JsonNode a = JSON.readTree(upload(first.directory().resolve(RulesFixture.TABLE), "ann", "a").body());
        JsonNode b = JSON.readTree(upload(second.directory().resolve("target-level.drl.xlsx"), "bob", "b").body());
        assertThat(b.get("baseVersion").stringValue()).isEqualTo(a.get("baseVersion").stringValue());
        assertThat(post("/api/rulesets/" + a.get("seq").intValue() + "/publish", "{}", "ann").statusCode())
                .isEqualTo(200);

        HttpResponse<String> stale = post("/api/rulesets/" + b.get("seq").intValue() + "/publish", "{}", "bob");

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains(b.get("baseVersion").stringValue(), a.get("version").stringValue(),
                "rebase");
        HttpResponse<String> rebased = post("/api/rulesets/" + b.get("seq").intValue() + "/publish",
                "{\"rebase\": true}", "bob");
        assertThat(rebased.statusCode()).as(rebased.body()).isEqualTo(200);
        String models = get("/api/models").body();
        assertThat(models).contains("First analyst's wording.", "Second analyst's reason.");
        String active = JSON.readTree(rebased.body()).get("id").stringValue();
        assertThat(assessedVersion()).isEqualTo(active).isNotIn(a.get("version").stringValue(),
                b.get("version").stringValue());
    }

    @Test
    void aRebaseOfATableBothAnalystsChangedIsRefusedAsAConflict() throws Exception {
        RulesFixture first = RulesFixture.copyOfShipped(Files.createDirectory(temp.resolve("first")));
        first.setCell("H" + first.rowOf("ms-data-pipeline"), "First analyst's wording.");
        RulesFixture second = RulesFixture.copyOfShipped(Files.createDirectory(temp.resolve("second")));
        second.setCell("H" + second.rowOf("ms-ab-testing"), "Second analyst's wording.");
        JsonNode a = JSON.readTree(upload(first.directory().resolve(RulesFixture.TABLE), "ann", "a").body());
        JsonNode b = JSON.readTree(upload(second.directory().resolve(RulesFixture.TABLE), "bob", "b").body());
        post("/api/rulesets/" + a.get("seq").intValue() + "/publish", "{}", "ann");

        HttpResponse<String> rebased = post("/api/rulesets/" + b.get("seq").intValue() + "/publish",
                "{\"rebase\": true}", "bob");

        assertThat(rebased.statusCode()).isEqualTo(409);
        assertThat(rebased.body()).contains("both changed microsoft-mlops.drl.xlsx");
        assertThat(assessedVersion()).isEqualTo(a.get("version").stringValue());
    }

    @Test
    void rollingBackARollbackNeverBringsBackAGateFailingVersionWithoutAnAdminsForceAndReason() throws Exception {
        String shipped = assessedVersion();
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("C" + rules.rowOf("ms-managed-compute"), "1");
        JsonNode failing = JSON.readTree(upload(rules.directory().resolve(RulesFixture.TABLE), "boss", "x").body());
        String seq = String.valueOf(failing.get("seq").intValue());
        assertThat(post("/api/rulesets/" + seq + "/publish", "{\"force\": true, \"reason\": \"hotfix\"}", "boss")
                .statusCode()).isEqualTo(200);
        assertThat(post("/api/rulesets/" + seq + "/rollback", "{}", "boss").statusCode()).isEqualTo(200);
        assertThat(assessedVersion()).isEqualTo(shipped);

        HttpResponse<String> again = post("/api/rulesets/" + shipped + "/rollback", "{}", "mallory");
        HttpResponse<String> forcedByNonAdmin = post("/api/rulesets/" + shipped + "/rollback",
                "{\"force\": true, \"reason\": \"why not\"}", "mallory");
        HttpResponse<String> forcedWithoutReason = post("/api/rulesets/" + shipped + "/rollback",
                "{\"force\": true}", "boss");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("scenario gate is closed for version " + seq);
        assertThat(forcedByNonAdmin.statusCode()).isEqualTo(403);
        assertThat(forcedWithoutReason.statusCode()).isEqualTo(422);
        assertThat(assessedVersion()).isEqualTo(shipped);
        HttpResponse<String> forced = post("/api/rulesets/" + shipped + "/rollback",
                "{\"force\": true, \"reason\": \"known failures accepted\"}", "boss");
        assertThat(forced.statusCode()).isEqualTo(200);
        assertThat(assessedVersion()).isEqualTo(failing.get("version").stringValue());
        assertThat(JSON.readTree(get("/api/audit").body()).get("items").get(0).get("action").stringValue())
                .isEqualTo("rollback-forced");
    }

    private record Cli(int exit, String out, String err) {
    }

    /** Runs the CLI in this JVM; {@code password} is what standard input holds, as when piped to it. */
    private static Cli cli(String password, String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(((password == null ? "" : password) + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            int exit = org.maturityadvisor.cli.Cli.run(args, new java.io.PrintWriter(out, true),
                    new java.io.PrintWriter(err, true));
            return new Cli(exit, out.toString(), err.toString());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void aDraftsFindingsComeAsSarifForCodeScanning() throws Exception {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).setCell("ml-test-score.drl.xlsx", "F22", "7");
        HttpResponse<String> uploaded = upload(rules.directory().resolve("ml-test-score.drl.xlsx"), "analyst",
                "band");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String report = "/api/rulesets/" + JSON.readTree(uploaded.body()).get("seq").intValue() + "/report";

        HttpResponse<String> sarif = get(report + "?format=sarif");

        assertThat(sarif.statusCode()).isEqualTo(200);
        assertThat(sarif.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/sarif+json"));
        assertThat(SarifSchema.errors(sarif.body())).as(sarif.body()).isEmpty();
        JsonNode result = JSON.readTree(sarif.body()).at("/runs/0/results/0");
        assertThat(result.get("ruleId").stringValue()).isEqualTo("unreachable-band");
        assertThat(result.get("level").stringValue()).isEqualTo("warning");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").stringValue())
                .isEqualTo("rules/ml-test-score.drl.xlsx");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(22);
        assertThat(JSON.readTree(get(report).body()).at("/findings/0/kind").stringValue())
                .isEqualTo("unreachable-band");
        HttpResponse<String> unknown = get(report + "?format=sarf");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("title").stringValue()).isEqualTo("Invalid report format");
    }

    @Test
    void aBrokenTableIsReportedAndNeverReplacesTheWorkingOne() throws Exception {
        String shipped = assessedVersion();
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("F" + rules.rowOf("ms-data-pipeline"), "creation.data-pipline");

        HttpResponse<String> uploaded = upload(rules.directory().resolve(RulesFixture.TABLE), "analyst", "typo");
        assertThat(uploaded.statusCode()).isEqualTo(422);
        JsonNode report = JSON.readTree(uploaded.body());
        assertThat(report.get("valid").booleanValue()).isFalse();
        assertThat(report.get("findings").toString()).contains("microsoft-mlops.drl.xlsx", "creation.data-pipline");
        assertThat(report.get("seq").isNull()).isTrue();
        assertThat(assessedVersion()).isEqualTo(shipped);
        assertThat(JSON.readTree(get("/api/rulesets").body()).get("items")).hasSize(1);
    }

    @Test
    void anUploadThatTriesToInjectCodeIsRefusedAtItsCellAndNeverRuns() throws Exception {
        String shipped = assessedVersion();
        Path marker = temp.resolve("injected-code-ran");
        RulesFixture rules = RulesFixture.copyOfShipped(Files.createDirectory(temp.resolve("rules")));
        int row = rules.rowOf("ms-ab-testing");
        rules.setFormula("H" + row, "IF(RAND()<2,CHAR(34)&\"); new java.io.File(\"\"" + marker
                + "\"\").createNewFile(); //\",\"x\")");
        rules.setCell("G" + rules.rowOf("ms-automatic-release"), "true) || eval(System.exit(0)");

        HttpResponse<String> breakout = upload(rules.directory().resolve(RulesFixture.TABLE), "mallory", "x");
        assertThat(breakout.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(breakout.body()).get("findings").valueStream().map(f -> f.get("cell").stringValue()))
                .contains("H" + row, "G" + rules.rowOf("ms-automatic-release"));

        Path victim = Files.writeString(temp.resolve("victim.txt"), "still here");
        RulesFixture action = RulesFixture.copyOfShipped(Files.createDirectory(temp.resolve("action")));
        action.setCell("I26", "c.effort(\"$param\"); java.nio.file.Files.delete(java.nio.file.Paths.get(\""
                + victim + "\"));");
        HttpResponse<String> code = upload(action.directory().resolve(RulesFixture.TABLE), "mallory", "x");
        assertThat(code.statusCode()).isEqualTo(422);
        assertThat(code.body()).contains("\"cell\":\"I26\"", "not one the rule set's tables use");

        assertThat(marker).doesNotExist();
        assertThat(victim).exists();
        assertThat(assessedVersion()).isEqualTo(shipped);
        assertThat(JSON.readTree(get("/api/audit").body()).get("items").get(0).get("action").stringValue())
                .isEqualTo("draft-rejected");
    }

    @Test
    void aVersionDownloadsAsAZipOfItsFiles() throws Exception {
        JsonNode versions = JSON.readTree(get("/api/rulesets").body());
        int seq = versions.get("items").get(0).get("seq").intValue();
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(uri("/api/rulesets/" + seq))
                        .header("Authorization", SignIn.admin()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("promotion.drl")) {
                    assertThat(zip.readAllBytes()).isEqualTo(Files.readAllBytes(Path.of("rules/promotion.drl")));
                }
            }
        }
        assertThat(names).contains("practices.csv", "microsoft-mlops.drl.xlsx", "promotion.drl");
    }

    private String assessedVersion() throws Exception {
        HttpResponse<String> response = post("/api/assessments",
                Files.readString(Path.of("docs/examples/team.json")), null);
        return JSON.readTree(response.body()).get("rulesetVersion").stringValue();
    }

    private HttpResponse<String> upload(Path file, String user, String comment) throws Exception {
        return http.send(Multipart.upload(HttpRequest.newBuilder(uri("/api/rulesets/drafts?comment=" + comment))
                .header("Authorization", SignIn.as(user)), file).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As {@code user}, or anonymously when null (the stateless calls). */
    private HttpResponse<String> post(String path, String body, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", SignIn.as(user));
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** As the admin: the audit log is theirs to read. */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", SignIn.admin()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
