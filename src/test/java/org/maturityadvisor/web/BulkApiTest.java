package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import and export over real HTTP on the embedded H2 database; {@link PostgresBulkApiTest} runs the same on a
 * real PostgreSQL server. "Nothing written" is checked by counting rows in the database itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Columns A to H; release.method is F. */
    private static final String HEADER = "team,name,mlUseCases,businessCritical,inProduction,release.method,"
            + "creation.data-pipeline,release.ownership\n";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private String importer;

    @BeforeEach
    void signIn() {
        importer = SignIn.createUser("http://localhost:" + port, "importer", "assessor");
    }

    @Autowired
    JdbcTemplate database;

    @Test
    void importsThreeTeamsFromCsvRegisteringTheNewOnes() throws Exception {
        String known = register("known");
        String a = unique("csv-a");
        String b = unique("csv-b");
        String csv = HEADER
                + known + ",,1,no,yes,scripted,Yes,handed-to-software-engineers\n"
                + a + ",\"Team A, Payments\",3,FALSE,TRUE,ci-cd-pipeline,TRUE,\n"
                + b + ",,,,,,no,\n";

        HttpResponse<String> response = post("/api/imports", "text/csv", csv);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("imported").intValue()).isEqualTo(3);
        assertThat(report.get("errors")).isEmpty();
        JsonNode rows = report.get("teams");
        assertThat(rows.valueStream().map(row -> row.get("status").stringValue()))
                .containsExactly("existing", "created", "created");
        assertThat(rows.valueStream().map(row -> row.get("line").intValue())).containsExactly(2, 3, 4);
        assertThat(rows.get(0).get("seq").intValue()).isEqualTo(1);
        assertThat(rows.get(0).get("levels").valueStream().map(level -> level.get("model").stringValue()))
                .contains("microsoft", "google", "ml-test-score", "six-stage");
        JsonNode teamA = json(get("/api/teams/" + a));
        assertThat(teamA.get("name").stringValue()).isEqualTo("Team A, Payments");
        assertThat(teamA.get("createdBy").stringValue()).isEqualTo("importer");
        assertThat(json(get("/api/teams/" + b)).get("name").stringValue()).isEqualTo(b);
        JsonNode stored = json(get("/api/teams/" + a + "/assessments/1"));
        assertThat(stored.get("author").stringValue()).isEqualTo("importer");
        assertThat(stored.get("input").get("context").toString())
                .isEqualTo("{\"mlUseCases\":3,\"businessCritical\":false,\"inProduction\":true}");
        assertThat(stored.get("input").get("answers").toString())
                .isEqualTo("{\"release.method\":\"ci-cd-pipeline\",\"creation.data-pipeline\":true}");
        assertThat(json(get("/api/teams/" + known + "/assessments/1")).get("input").get("team").stringValue())
                .isEqualTo("Team " + known);
    }

    @Test
    void badRowsRefuseTheWholeImportNamingEachLineAndColumn() throws Exception {
        long[] before = counts();
        String csv = "team,name,mlUseCases,businessCritical,inProduction,release.method,creation.data-pipeline,"
                + "release.methd\n"
                + unique("good") + ",\"A name\non two lines\",1,no,yes,scripted,yes,\n"
                + unique("bad-value") + ",,,,,carrier-pigeon,yes,\n"
                + "Not A Slug,,,,,manual,maybe,\n";

        HttpResponse<String> response = post("/api/imports", "text/csv", csv);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").stringValue()).isEqualTo("3 rows are invalid (5 problems); nothing was imported");
        assertThat(fields(problem)).as("a name is one line; the quoted line break still counts as a line of the file")
                .containsExactly("line 1, column release.methd (H)", "line 2, column name (B)",
                        "line 4, column release.method (F)", "line 5, column team (A)",
                        "line 5, column creation.data-pipeline (G)");
        JsonNode badValue = problem.get("errors").get(2);
        assertThat(badValue.get("line").intValue()).isEqualTo(4);
        assertThat(badValue.get("column").stringValue()).isEqualTo("release.method");
        assertThat(badValue.get("reason").stringValue()).contains("carrier-pigeon", "ci-cd-pipeline");
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void aRowNamingARegisteredTeamByAnotherNameIsRefusedNotSilentlyRenamed() throws Exception {
        String known = register("renamed");
        long[] before = counts();
        String csv = HEADER
                + known + ",Team " + known + ",,,,scripted,,\n"
                + known + ",Someone Else,,,,manual,,\n";

        HttpResponse<String> response = post("/api/imports", "text/csv", csv);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(fields(problem)).containsExactly("line 3, column name (B)");
        assertThat(problem.get("errors").get(0).get("reason").stringValue())
                .contains("registered as \"Team " + known + "\"", "Someone Else");
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void skippingBadRowsImportsTheGoodOnesAndReportsTheRest() throws Exception {
        long[] before = counts();
        String good1 = unique("skip-a");
        String good2 = unique("skip-b");
        String csv = HEADER
                + good1 + ",,,,,scripted,yes,\n"
                + unique("skip-bad") + ",,,,,carrier-pigeon,,\n"
                + good2 + ",,,,,manual,,data-science-alone\n"
                + "Not A Slug,,,,,manual,,\n";

        HttpResponse<String> response = post("/api/imports?skipBadRows=true", "text/csv", csv);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("imported").intValue()).isEqualTo(2);
        assertThat(report.get("skipped").intValue()).isEqualTo(2);
        assertThat(report.get("teams").valueStream().map(row -> row.get("team").stringValue()))
                .containsExactly(good1, good2);
        assertThat(fields(report)).containsExactly("line 3, column release.method (F)", "line 5, column team (A)");
        long[] after = counts();
        assertThat(after[0] - before[0]).isEqualTo(2);
        assertThat(after[1] - before[1]).isEqualTo(2);
    }

    @Test
    void anUnknownColumnRefusesTheFileEvenWhenSkippingBadRows() throws Exception {
        long[] before = counts();
        HttpResponse<String> response = post("/api/imports?skipBadRows=true", "text/csv",
                "team,release.methd\n" + unique("typo") + ",manual\n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(fields(JSON.readTree(response.body()))).containsExactly("line 1, column release.methd (B)");
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void importsJsonAndNamesTheLineOfABadTeam() throws Exception {
        String a = unique("json-a");
        String b = unique("json-b");
        String body = "{\"teams\": [\n"
                + "  {\"id\": \"" + a + "\", \"name\": \"JSON A\", \"context\": {\"mlUseCases\": 2},\n"
                + "   \"answers\": {\"release.method\": \"scripted\", \"creation.data-pipeline\": true}},\n"
                + "  {\"id\": \"" + b + "\", \"answers\": {\"release.method\": \"teleport\"}}\n"
                + "]}";

        HttpResponse<String> refused = post("/api/imports", "application/json", body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(fields(JSON.readTree(refused.body())))
                .containsExactly("line 4, field teams[1].answers.release.method");
        assertThat(get("/api/teams/" + a).statusCode()).isEqualTo(404);

        HttpResponse<String> imported = post("/api/imports?skipBadRows=true", "application/json", body);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(json(get("/api/teams/" + a)).get("name").stringValue()).isEqualTo("JSON A");
        assertThat(get("/api/teams/" + b).statusCode()).isEqualTo(404);
    }

    @Test
    void theCsvExportImportsAgainToTheSameAnswersAndLevels() throws Exception {
        String id = unique("round-trip");
        post("/api/imports", "text/csv", HEADER + id + ",Round Trip,3,no,yes,scripted,yes,handed-to-software-engineers\n");

        HttpResponse<String> exported = get("/api/exports/assessments?format=csv&team=" + id);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        List<String> lines = exported.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("team,name,seq,assessedAt,author,rulesetVersion,mlUseCases,"
                + "businessCritical,inProduction,").contains(",people.", ",level.microsoft,");
        assertThat(lines.get(1)).startsWith(id + ",Round Trip,1,");

        HttpResponse<String> again = post("/api/imports", "text/csv", exported.body());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).get("teams").get(0).get("seq").intValue()).isEqualTo(2);
        JsonNode first = json(get("/api/teams/" + id + "/assessments/1"));
        JsonNode second = json(get("/api/teams/" + id + "/assessments/2"));
        assertThat(second.get("input").get("context")).isEqualTo(first.get("input").get("context"));
        assertThat(second.get("result").get("models")).isEqualTo(first.get("result").get("models"));
        assertThat(json(get("/api/teams/" + id + "/assessments/1/diff/2")).get("answers")).isEmpty();
    }

    @Test
    void theJsonExportCarriesTheInputLevelsAndOptionallyTheResult() throws Exception {
        String id = unique("json-export");
        post("/api/imports", "text/csv", HEADER + id + ",,,,,scripted,yes,\n" + id + ",,,,,ci-cd-pipeline,yes,\n");

        JsonNode export = json(get("/api/exports/assessments?format=json&team=" + id));
        JsonNode assessments = export.get("assessments");
        assertThat(assessments.valueStream().map(a -> a.get("seq").intValue())).containsExactly(1, 2);
        JsonNode newest = assessments.get(1);
        assertThat(newest.get("input").get("answers").get("release.method").stringValue()).isEqualTo("ci-cd-pipeline");
        assertThat(newest.get("levels").get(0).has("level")).isTrue();
        assertThat(newest.has("result")).isFalse();
        JsonNode full = json(get("/api/exports/assessments?format=json&includeResult=true&team=" + id));
        assertThat(full.get("assessments").get(1).get("result").get("models")).isNotEmpty();
        assertThat(get("/api/exports/assessments?format=xml").statusCode()).isEqualTo(400);
        assertThat(get("/api/exports/assessments?team=nobody-" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    /** The report lists the first 100 rows and counts the rest; the import's progress stays visible after it. */
    @Test
    void aLargeImportReportsItsFirstRowsAndCountsAndShowsInTheImportsStatus() throws Exception {
        String known = register("many-known");
        StringBuilder csv = new StringBuilder(HEADER).append(known).append(",,,,,scripted,yes,\n");
        String prefix = unique("many");
        for (int i = 1; i < 150; i++) {
            csv.append(prefix).append('-').append(i).append(",,,,,manual,,\n");
        }

        HttpResponse<String> response = post("/api/imports", "text/csv", csv.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("imported").longValue()).isEqualTo(150);
        assertThat(report.get("created").longValue()).isEqualTo(149);
        assertThat(report.get("existing").longValue()).isEqualTo(1);
        assertThat(report.get("teams")).hasSize(100);
        assertThat(report.get("teams").get(99).get("line").intValue()).isEqualTo(101);
        JsonNode imports = json(get("/api/imports")).get("imports");
        JsonNode status = imports.valueStream().filter(entry -> entry.get("id").equals(report.get("id")))
                .findFirst().orElseThrow();
        assertThat(status.get("state").stringValue()).isEqualTo("imported");
        assertThat(status.get("rowsRead").longValue()).isEqualTo(150);
        assertThat(status.get("rowsWritten").longValue()).isEqualTo(150);
        assertThat(status.get("author").stringValue()).isEqualTo("importer");
    }

    /** README: a row's team is registered if new; two imports racing to register it both succeed. */
    @Test
    void racingImportsOfOneNewTeamBothSucceedTheLaterSeeingItAsExisting() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String id = unique("race");
                String csv = HEADER + id + ",,,,,scripted,yes,\n" + "race-other,,,,,manual,,\n";
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> imports = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    imports.add(pool.submit(() -> {
                        start.await();
                        return post("/api/imports", "text/csv", csv.replace("race-other", unique("race-other")));
                    }));
                }
                start.countDown();
                List<String> statuses = new ArrayList<>();
                for (Future<HttpResponse<String>> done : imports) {
                    HttpResponse<String> response = done.get(60, TimeUnit.SECONDS);
                    assertThat(response.statusCode()).as("round " + round + ": " + response.body()).isEqualTo(201);
                    statuses.add(JSON.readTree(response.body()).get("teams").get(0).get("status").stringValue());
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder("created", "existing");
                assertThat(json(get("/api/teams/" + id)).get("assessments").intValue()).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** OWASP CSV injection: a cell that starts with = + - @ tab or CR would run as a formula in a spreadsheet. */
    @Test
    void theCsvExportNeutralisesFormulaCellsAndTheImportReadsThemBackToTheSameValue() throws Exception {
        String id = unique("formula");
        String name = "=HYPERLINK(\"http://evil.example\",\"click\")";
        post("/api/imports", "text/csv", "team,name,release.method\n" + id + ",\"" + name.replace("\"", "\"\"")
                + "\",manual\n");
        assertThat(json(get("/api/teams/" + id)).get("name").stringValue()).isEqualTo(name);

        String exported = get("/api/exports/assessments?format=csv&team=" + id).body();

        assertThat(exported).contains(",\"'=HYPERLINK(").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
        String copy = unique("formula-copy");
        HttpResponse<String> again = post("/api/imports", "text/csv", exported.replace(id + ",", copy + ","));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(json(get("/api/teams/" + copy)).get("name").stringValue()).isEqualTo(name);

        String quoted = unique("quoted");
        post("/api/imports", "text/csv", "team,name\n" + quoted + ",''quoted\n");
        assertThat(json(get("/api/teams/" + quoted)).get("name").stringValue()).isEqualTo("'quoted");
        String reexported = get("/api/exports/assessments?format=csv&team=" + quoted).body();
        assertThat(reexported).contains(",''quoted,");
        String quotedCopy = unique("quoted-copy");
        post("/api/imports", "text/csv", reexported.replace(quoted + ",", quotedCopy + ","));
        assertThat(json(get("/api/teams/" + quotedCopy)).get("name").stringValue()).isEqualTo("'quoted");
    }

    /**
     * A constraint only the database knows refuses the third row after two teams and their assessments were already
     * written inside the import's transaction: all of it must roll back.
     */
    @Test
    void aDatabaseFailureMidwayLeavesNothingOfTheImport() throws Exception {
        String first = unique("atomic-a");
        String second = unique("atomic-b");
        String doomed = unique("atomic-doomed");
        String constraint = "bulk_test_" + doomed.replace('-', '_');
        database.execute("alter table assessment add constraint " + constraint + " check (team_id <> '" + doomed
                + "')");
        try {
            long[] before = counts();
            HttpResponse<String> response = post("/api/imports", "text/csv", HEADER
                    + first + ",,,,,scripted,yes,\n" + second + ",,,,,manual,,\n" + doomed + ",,,,,manual,,\n");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.body()).contains("nothing was stored");
            assertThat(counts()).containsExactly(before);
            assertThat(get("/api/teams/" + first).statusCode()).isEqualTo(404);
        } finally {
            database.execute("alter table assessment drop constraint " + constraint);
        }
    }

    /** Issue 28: rows are checked and compressed on every core; each still stores what it would alone. */
    @Test
    void eachRowOfAManyBatchImportStoresWhatImportingItAloneStores() throws Exception {
        String prefix = unique("batch");
        int rows = 510; // over one batch of ImportRun.BATCH (500)
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(row(prefix + "-" + i, i));
        }
        HttpResponse<String> response = post("/api/imports", "text/csv", csv.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("imported").longValue()).isEqualTo(rows);

        for (int i : new int[] {0, 1, 2, 3, 498, 499, 500, 501, 509}) {
            String alone = prefix + "-alone-" + i;
            HttpResponse<String> single = post("/api/imports", "text/csv", HEADER + row(alone, i));
            assertThat(single.statusCode()).as(single.body()).isEqualTo(201);
            JsonNode inBatch = json(get("/api/teams/" + prefix + "-" + i + "/assessments/1"));
            JsonNode byItself = json(get("/api/teams/" + alone + "/assessments/1"));
            assertThat(inBatch.get("input").get("answers")).as("row %d", i).isEqualTo(byItself.get("input").get("answers"));
            assertThat(inBatch.get("input").get("context")).as("row %d", i).isEqualTo(byItself.get("input").get("context"));
            assertThat(inBatch.get("result").get("models")).as("row %d", i).isEqualTo(byItself.get("result").get("models"));
        }
    }

    /** Issue 28: a bad last row of a many-batch import refuses it all; problems in every batch are named in order. */
    @Test
    void aBadLastRowOfAManyBatchImportWritesNothing() throws Exception {
        long[] before = counts();
        String prefix = unique("last");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1100; i++) {
            csv.append(i == 3 || i == 700 ? prefix + "-" + i + ",,,,,carrier-pigeon,yes,\n" : row(prefix + "-" + i, i));
        }
        csv.append("Not A Slug,,,,,manual,,\n"); // line 1102, in the third batch

        HttpResponse<String> response = post("/api/imports", "text/csv", csv.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(fields(JSON.readTree(response.body()))).containsExactly("line 5, column release.method (F)",
                "line 702, column release.method (F)", "line 1102, column team (A)");
        assertThat(counts()).containsExactly(before);
    }

    /** A valid row whose answers differ with {@code i}, so that rows mixed up would show. */
    private static String row(String id, int i) {
        return id + ",," + (i % 5 + 1) + "," + (i % 2 == 0 ? "yes" : "no") + ",yes," + (i % 3 == 0 ? "scripted" : "manual")
                + "," + (i % 4 < 2 ? "yes" : "") + "," + (i % 7 < 3 ? "handed-to-software-engineers" : "") + "\n";
    }

    /** Teams, assessments, their levels (with their blockers) and the compression dictionaries. */
    private long[] counts() {
        return new long[] {count("team"), count("assessment"), count("assessment_level"), count("result_dictionary")};
    }

    private long count(String table) {
        return database.queryForObject("select count(*) from " + table, Long.class);
    }

    private static List<String> fields(JsonNode problemOrReport) {
        return problemOrReport.get("errors").valueStream().map(error -> error.get("field").stringValue()).toList();
    }

    private String register(String prefix) throws Exception {
        String id = unique(prefix);
        HttpResponse<String> response = post("/api/teams", "application/json",
                "{\"id\": \"" + id + "\", \"name\": \"Team " + id + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).header("Authorization", importer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", importer).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
