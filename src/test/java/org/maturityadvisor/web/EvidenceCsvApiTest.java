package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence, dates and "not applicable" through the CSV import and export over real HTTP: what the import stores, the
 * export writes in the same columns, and the export imports again to the same answers; a bad evidence cell refuses
 * the import naming its line, column and item.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceCsvApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** release.method.evidence is column D. */
    private static final String HEADER = "team,name,release.method,release.method.evidence,release.method.asOf,"
            + "release.ab-testing,creation.data-pipeline\n";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private String importer;

    @BeforeEach
    void signIn() {
        importer = SignIn.createUser("http://localhost:" + port, "evidence-importer", "assessor");
    }

    @Test
    void evidenceADateAndNotApplicableRoundTripThroughTheCsvExport() throws Exception {
        String id = unique("evidence-csv");
        HttpResponse<String> imported = post("/api/imports", HEADER + id + ",Evidence,ci-cd-pipeline,"
                + "\"https://ci.example.com/pipelines/42 | deploy job runs on every push\nreviewed in the weekly "
                + "review\",2026-11-02,n/a: batch scoring only,yes\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

        JsonNode stored = json(get("/api/teams/" + id + "/assessments/1")).get("input").get("answers");
        assertThat(stored.at("/release.method/value").stringValue()).isEqualTo("ci-cd-pipeline");
        assertThat(stored.at("/release.method/asOf").stringValue()).isEqualTo("2026-11-02");
        assertThat(stored.at("/release.method/evidence/0/link").stringValue())
                .isEqualTo("https://ci.example.com/pipelines/42");
        assertThat(stored.at("/release.method/evidence/1/note").stringValue()).isEqualTo("reviewed in the weekly review");
        assertThat(stored.at("/release.ab-testing/reason").stringValue()).isEqualTo("batch scoring only");

        String exported = get("/api/exports/assessments?format=csv&team=" + id).body();
        CSVRecord row = firstRow(exported);
        assertThat(row.get("release.method")).isEqualTo("ci-cd-pipeline");
        assertThat(row.get("release.method.evidence")).isEqualTo("https://ci.example.com/pipelines/42 | deploy job "
                + "runs on every push\nreviewed in the weekly review");
        assertThat(row.get("release.method.asOf")).isEqualTo("2026-11-02");
        assertThat(row.get("release.ab-testing")).isEqualTo("n/a: batch scoring only");

        HttpResponse<String> again = post("/api/imports", exported);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        JsonNode second = json(get("/api/teams/" + id + "/assessments/2"));
        assertThat(second.at("/input/answers/release.method/evidence").size()).isEqualTo(2);
        assertThat(second.at("/input/answers/release.ab-testing/notApplicable").booleanValue()).isTrue();
        assertThat(json(get("/api/teams/" + id + "/assessments/1/diff/2")).get("answers")).isEmpty();
    }

    @Test
    void aLinkOfAnotherSchemeRefusesTheImportNamingLineColumnAndItem() throws Exception {
        HttpResponse<String> refused = post("/api/imports", HEADER + unique("bad-evidence")
                + ",,manual,\"https://ok.example.com\njavascript:alert(1) | click\",,,\n");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("field").stringValue()).isEqualTo("line 2, column release.method.evidence (D)");
        assertThat(error.get("reason").stringValue()).startsWith("item 2, link: ");
    }

    @Test
    void notApplicableWithoutAReasonIsABadCell() throws Exception {
        HttpResponse<String> refused = post("/api/imports", HEADER + unique("bad-na") + ",,manual,,,n/a,\n");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("field").stringValue()).isEqualTo("line 2, column release.ab-testing (F)");
        assertThat(error.get("reason").stringValue()).contains("reason");
    }

    private static CSVRecord firstRow(String csv) throws IOException {
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv))) {
            return parser.getRecords().get(0);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "text/csv").header("Authorization", importer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", importer).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
