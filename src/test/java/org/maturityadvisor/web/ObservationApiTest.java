package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.ScanFixture;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pipelines push what a team's repository shows, over real HTTP on H2 ({@link PostgresObservationApiTest}: the same
 * on PostgreSQL): a scan report with the team's pipeline token, or an archive; the team's result compares its claims
 * with the newest scan from then on, and the claims stay claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservationApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path RULES = ScanFixture.rules();
    static final int MAX_ARCHIVE = 8192;

    /** Builds are claimed (no workflow will be found); app tests are not answered (a test file will be). */
    private static final String CLAIMS = "{\"answers\": {\"integration.automated-builds\": \"yes\"}}";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownDetectors(DynamicPropertyRegistry properties) {
        properties.add("maturity.rules-dir", RULES::toString);
        properties.add("maturity.scan.max-archive-bytes", () -> String.valueOf(MAX_ARCHIVE));
    }

    private Api api() {
        return new Api(port);
    }

    static String report(String detector, String practice, String value, String path) {
        return "{\"tree\": \"repo\", \"rulesetVersion\": \"sha256:cli\", \"observations\": [{\"practice\": \""
                + practice + "\", \"value\": \"" + value + "\", \"rank\": 1, \"sightings\": [{\"detector\": \""
                + detector + "\", \"path\": \"" + path + "\", \"line\": 4, \"text\": \"def test_accuracy():\"}]}],"
                + " \"notFound\": [\"integration.automated-builds\"], \"filesSeen\": 12, \"filesRead\": 3,"
                + " \"skipped\": {\"vendored\": {\"count\": 2, \"examples\": [\"node_modules\"]}},"
                + " \"commit\": \"" + "a1".repeat(20) + "\", \"ref\": \"main\"}";
    }

    static final String PUSHED = report("t-test-function", "integration.app-tests", "unit", "tests/test_model.py");

    @Test
    void aPipelineTokenPushesItsTeamsScanAndTheResultShowsWhatWasObserved() {
        String team = claimedTeam();
        String token = pipelineToken(team);

        HttpResponse<String> pushed = push(team, PUSHED, token);

        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        JsonNode body = json(pushed);
        assertThat(body.at("/scan/observations/0/practice").stringValue()).isEqualTo("integration.app-tests");
        assertThat(body.at("/scan/notFound").toString()).isEqualTo("[\"integration.automated-builds\"]");
        assertThat(body.at("/scan/skipped").toString()).contains("\"vendored\"");
        assertThat(body.at("/assessment/author").stringValue()).startsWith("token:");
        assertThat(agreement(body.get("observed"), "integration.app-tests")).isEqualTo("found-not-answered");
        assertThat(agreement(body.get("observed"), "integration.automated-builds")).isEqualTo("claimed-not-found");

        int seq = body.at("/assessment/seq").intValue();
        JsonNode stored = json(api().get("/api/teams/" + team + "/assessments/" + seq));
        assertThat(stored.at("/result/restsOn/observed").intValue()).isEqualTo(1);
        assertThat(stored.at("/result/restsOn/disagreements").intValue()).isEqualTo(1);
        // the claims are stored as claims: the answer taken from the scan is not one of them
        assertThat(stored.at("/input/answers").has("integration.app-tests")).isFalse();
        assertThat(stored.at("/input/answers/integration.automated-builds").stringValue()).isEqualTo("yes");
        assertThat(json(api().get("/api/teams/" + team + "/assessments/" + seq + "/explain")).get("identical")
                .booleanValue()).isTrue();

        JsonNode latest = json(api().get("/api/teams/" + team + "/observations"));
        assertThat(latest.get("commit").stringValue()).isEqualTo("a1".repeat(20));
        assertThat(latest.get("ref").stringValue()).isEqualTo("main");
        assertThat(latest.at("/scan/observations/0/sightings/0/path").stringValue()).isEqualTo("tests/test_model.py");
    }

    @Test
    void aPipelineTokenIsRefusedEverywhereButItsOwnTeamsObservations() {
        String team = claimedTeam();
        String other = claimedTeam();
        String token = pipelineToken(team);
        String bearer = "Bearer " + token;

        assertThat(push(other, PUSHED, token).statusCode()).isEqualTo(403);
        HttpResponse<String> listing = api().send("GET", "/api/teams", null, bearer);
        assertThat(listing.statusCode()).isEqualTo(403);
        assertThat(listing.body()).contains("may only POST /api/teams/" + team + "/observations");
        assertThat(api().send("GET", "/api/teams/" + team + "/observations", null, bearer).statusCode())
                .isEqualTo(403);
        assertThat(api().send("POST", "/api/teams/" + team + "/assessments", CLAIMS, bearer).statusCode())
                .isEqualTo(403);
        assertThat(api().send("POST", "/api/assessments", CLAIMS, bearer).statusCode()).as("an open call")
                .isEqualTo(403);
        assertThat(api().send("POST", "/api/teams/" + team + "/tokens", "{\"name\": \"more\"}", bearer)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> page = api().send(api().anonymous("/teams/" + team).header("Authorization", bearer)
                .header("Accept", "text/html").GET());
        assertThat(page.statusCode()).as("a page").isEqualTo(403);
        assertThat(push(team, PUSHED, token).statusCode()).isEqualTo(201);
    }

    @Test
    void aRevokedPipelineTokenSignsNothingIn() {
        String team = claimedTeam();
        String name = "ci-" + UUID.randomUUID().toString().substring(0, 8);
        String token = json(api().send("POST", "/api/teams/" + team + "/tokens", "{\"name\": \"" + name
                + "\", \"days\": 30}", SignIn.admin())).get("token").stringValue();

        JsonNode listed = json(api().get("/api/teams/" + team + "/tokens"));
        assertThat(listed).singleElement().satisfies(t -> {
            assertThat(t.get("name").stringValue()).isEqualTo(name);
            assertThat(t.has("token")).isFalse();
        });
        assertThat(api().send("DELETE", "/api/teams/" + team + "/tokens/" + name, null, SignIn.admin())
                .statusCode()).isEqualTo(204);

        assertThat(push(team, PUSHED, token).statusCode()).isEqualTo(401);
        assertThat(json(api().get("/api/teams/" + team + "/tokens"))).isEmpty();
        assertThat(api().send("DELETE", "/api/teams/" + team + "/tokens/" + name, null, SignIn.admin())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aPipelineTokenIsIssuedOnlyForATeamThatExistsWithAValidNameAndLifetime() {
        String team = claimedTeam();
        assertThat(api().send("POST", "/api/teams/no-such-team/tokens", "{\"name\": \"x1\"}", SignIn.admin())
                .statusCode()).isEqualTo(404);
        HttpResponse<String> bad = api().send("POST", "/api/teams/" + team + "/tokens",
                "{\"name\": \"\", \"days\": 0}", SignIn.admin());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"name\"", "\"field\":\"days\"");
    }

    @Test
    void anUploadedArchiveIsScannedInMemoryAndRecorded() {
        String team = claimedTeam();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("repo-main/tests/test_model.py", "import pytest\n\ndef test_accuracy():\n    assert True\n");
        files.put("repo-main/README.md", "# repo\n");

        HttpResponse<String> uploaded = api().post("/api/teams/" + team + "/observations?ref=main",
                "application/zip", ScanFixture.zip(files));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode body = json(uploaded);
        assertThat(body.at("/scan/observations/0/sightings/0/path").stringValue()).isEqualTo("tests/test_model.py");
        assertThat(agreement(body.get("observed"), "integration.app-tests")).isEqualTo("found-not-answered");
        assertThat(json(api().get("/api/teams/" + team + "/observations")).get("ref").stringValue())
                .isEqualTo("main");
    }

    @Test
    void anArchiveMayComeAsTheMultipartFieldArchive() {
        String team = claimedTeam();
        byte[] zip = ScanFixture.zip(Map.of("test_a.py", "def test_a():\n    pass\n"));
        HttpResponse<String> uploaded = api().send(ScanFixture.multipart(api().request("/api/teams/" + team
                + "/observations"), zip, "repo.zip", Map.of()));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(json(uploaded).at("/scan/tree").stringValue()).isEqualTo("repo");
    }

    @Test
    void aZipSlipArchiveIsRefusedNamingTheEntryAndNothingIsStored() {
        String team = claimedTeam();
        byte[] zip = ScanFixture.zip(Map.of("../../evil/test_x.py", "def test_x():\n"));

        HttpResponse<String> refused = api().post("/api/teams/" + team + "/observations", "application/zip", zip);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("../../evil/test_x.py");
        assertThat(api().get("/api/teams/" + team + "/observations").statusCode()).isEqualTo(404);
        assertThat(json(api().get("/api/teams/" + team)).get("assessments").intValue()).isEqualTo(1);
    }

    @Test
    void anArchiveOverTheLimitIsRefusedWith413() {
        String team = claimedTeam();
        byte[] big = new byte[MAX_ARCHIVE + 1];

        HttpResponse<String> refused = api().post("/api/teams/" + team + "/observations", "application/zip", big);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("maturity.scan.max-archive-bytes");
    }

    @Test
    void aPushedReportNamingADetectorTheServiceDoesNotHaveIsRefusedNamingTheField() {
        String team = claimedTeam();

        HttpResponse<String> refused = api().postJson("/api/teams/" + team + "/observations",
                report("made-up-detector", "integration.app-tests", "unit", "tests/test_model.py"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"observations[0].sightings[0].detector\"");
        HttpResponse<String> lying = api().postJson("/api/teams/" + team + "/observations",
                report("t-test-function", "integration.app-tests", "integration", "tests/test_model.py"));
        assertThat(lying.body()).contains("\"field\":\"observations[0].value\"");
        HttpResponse<String> typed = api().postJson("/api/teams/" + team + "/observations",
                PUSHED.replace("\"line\": 4", "\"line\": \"four\"").replace("\"ref\": \"main\"", "\"ref\": \"a..b\""));
        assertThat(typed.body()).contains("\"field\":\"observations[0].sightings[0].line\"", "\"field\":\"ref\"");
        assertThat(api().get("/api/teams/" + team + "/observations").statusCode()).isEqualTo(404);
    }

    @Test
    void aLaterQuestionnaireAssessmentIsStillComparedWithTheNewestScan() {
        String team = claimedTeam();
        assertThat(api().postJson("/api/teams/" + team + "/observations", PUSHED).statusCode()).isEqualTo(201);

        HttpResponse<String> later = api().postJson("/api/teams/" + team + "/assessments",
                "{\"answers\": {\"integration.automated-builds\": \"no\"}}");

        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
        JsonNode observed = json(later).at("/result/observed");
        assertThat(agreement(observed, "integration.app-tests")).isEqualTo("found-not-answered");
        assertThat(agreement(observed, "integration.automated-builds")).isEqualTo("neither");
        int seq = json(later).get("seq").intValue();
        JsonNode stored = json(api().get("/api/teams/" + team + "/assessments/" + seq));
        assertThat(stored.at("/input/answers").has("integration.app-tests")).as("an observed answer is no claim")
                .isFalse();

        // a second scan compares the claims afresh: the first scan's observation is not carried as a claim
        HttpResponse<String> second = api().postJson("/api/teams/" + team + "/observations",
                "{\"tree\": \"repo\", \"observations\": [], \"notFound\": [], \"filesSeen\": 1, \"filesRead\": 0}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(json(second).get("observed").toString()).doesNotContain("integration.app-tests\",\"claimed\"");
        JsonNode checks = json(second).get("observed");
        assertThat(checks.findValuesAsString("practice")).doesNotContain("integration.app-tests");
    }

    @Test
    void anImportedAssessmentIsComparedWithTheTeamsNewestScanAndTheGaugeCountsDisagreements() {
        String team = claimedTeam();
        assertThat(api().postJson("/api/teams/" + team + "/observations", PUSHED).statusCode()).isEqualTo(201);

        HttpResponse<String> imported = api().post("/api/imports", "application/json", "{\"teams\": [{\"id\": \""
                + team + "\", \"answers\": {\"integration.automated-builds\": \"yes\"}}]}");

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode newest = json(api().get("/api/teams/" + team + "/assessments/3"));
        assertThat(agreement(newest.at("/result/observed"), "integration.app-tests")).isEqualTo("found-not-answered");
        assertThat(agreement(newest.at("/result/observed"), "integration.automated-builds"))
                .isEqualTo("claimed-not-found");
        assertThat(newest.at("/input/answers").has("integration.app-tests")).isFalse();
        String metrics = api().send(api().request("/actuator/prometheus").header("Accept", "text/plain").GET()).body();
        assertThat(metrics).containsPattern("(?m)^maturity_scan_disagreements [1-9]");
    }

    @Test
    void aTeamNeverScannedHasNoObservations() {
        String team = claimedTeam();
        HttpResponse<String> none = api().get("/api/teams/" + team + "/observations");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("has no scan yet");
    }

    @Test
    void theOpenApiDocumentDescribesTheNewEndpointsWithTheirBodiesAndRoles() {
        JsonNode paths = json(api().get("/v3/api-docs")).get("paths");

        JsonNode push = paths.at("/~1api~1teams~1{id}~1observations/post");
        assertThat(push.at("/requestBody/content").propertyNames()).contains("application/json", "application/zip",
                "application/gzip", "application/x-tar+gzip", "multipart/form-data");
        assertThat(push.at("/responses").propertyNames()).contains("201", "400", "413");
        assertThat(push.get("x-required-role").stringValue()).isEqualTo("assessor");
        assertThat(paths.at("/~1api~1teams~1{id}~1observations/get/x-required-role").stringValue())
                .isEqualTo("viewer");
        assertThat(paths.at("/~1api~1teams~1{id}~1tokens/post/x-required-role").stringValue()).isEqualTo("assessor");
        assertThat(paths.at("/~1api~1teams~1{id}~1tokens/get/x-required-role").stringValue()).isEqualTo("assessor");
        assertThat(paths.at("/~1api~1teams~1{id}~1tokens~1{name}/delete/x-required-role").stringValue())
                .isEqualTo("assessor");
    }

    private HttpResponse<String> push(String team, String report, String token) {
        return api().send("POST", "/api/teams/" + team + "/observations", report, "Bearer " + token);
    }

    private String pipelineToken(String team) {
        HttpResponse<String> issued = api().send("POST", "/api/teams/" + team + "/tokens", "{\"name\": \"ci-"
                + UUID.randomUUID().toString().substring(0, 8) + "\"}", SignIn.admin());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode body = json(issued);
        assertThat(body.get("team").stringValue()).isEqualTo(team);
        return body.get("token").stringValue();
    }

    private String claimedTeam() {
        String team = "obs-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().postJson("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Team " + team + "\"}")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> assessed = api().postJson("/api/teams/" + team + "/assessments", CLAIMS);
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);
        return team;
    }

    private static String agreement(JsonNode checks, String practice) {
        for (JsonNode check : checks) {
            if (check.get("practice").stringValue().equals(practice)) {
                return check.get("agreement").stringValue();
            }
        }
        return null;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
