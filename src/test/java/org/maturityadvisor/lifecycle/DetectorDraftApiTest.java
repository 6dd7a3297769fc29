package org.maturityadvisor.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.Multipart;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An analyst changes what the scan observes by editing the detector table, over real HTTP: the upload is checked to
 * the cell, previewed (which detectors it adds, removes or changes) and gated by the scan cases in scenarios/scans;
 * a correct edit publishes, and the new version's files (and so its version id) carry the table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class DetectorDraftApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SHIPPED = Path.of("rules/detectors.csv");
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @BeforeEach
    void users() {
        SignIn.createUser("http://localhost:" + port, "analyst", "analyst");
    }

    @Test
    void aBrokenDetectorIsRefusedNamingItsCellAndNothingIsKept() throws Exception {
        List<String> lines = shippedLines();
        int line = lines.size() + 1;
        lines.add("airflow-dag-strict,creation.pipeline-orchestrator,yes,dags/*.py,regex,\"DAG\\((?=dag_id)\","
                + "an Airflow DAG,airflow");

        HttpResponse<String> uploaded = upload(write(lines), "a lookahead");

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(422);
        JsonNode report = JSON.readTree(uploaded.body());
        assertThat(report.get("valid").booleanValue()).isFalse();
        assertThat(report.get("seq").isNull()).isTrue();
        JsonNode finding = report.get("findings").get(0);
        assertThat(finding.get("file").stringValue()).isEqualTo("detectors.csv");
        assertThat(finding.get("cell").stringValue()).isEqualTo("F" + line);
        assertThat(finding.get("message").stringValue()).startsWith("pattern: not a regular expression RE2 accepts");
    }

    @Test
    void aDetectorEditThatBreaksAScanCaseClosesTheGateNamingTheCase() throws Exception {
        List<String> lines = shippedLines();
        int at = indexOf(lines, "pytest-test-file,");
        lines.set(at, lines.get(at).replace("def\\s+test_", "def\\s+check_"));

        HttpResponse<String> uploaded = upload(write(lines), "tests named check_");

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(uploaded.body());
        assertThat(report.get("valid").booleanValue()).isTrue();
        assertThat(report.get("publishable").booleanValue()).isFalse();
        assertThat(report.get("impact").get("detectors").toString())
                .contains("\"id\":\"pytest-test-file\"", "\"kind\":\"changed\"", "\"columns\":[\"pattern\"]");
        List<String> failures = report.get("gate").get("failures").valueStream()
                .flatMap(outcome -> outcome.get("failures").valueStream()).map(JsonNode::stringValue).toList();
        assertThat(failures).contains("scan case tests-model: expected detector pytest-test-file "
                + "(integration.app-tests=unit) to fire, it did not; sightings: pytest-model-tests at "
                + "tests/model/test_behavioral.py:5 \"def test_invariance(text, label, predictor):\"");
        assertThat(failures).anySatisfy(failure -> assertThat(failure)
                .startsWith("scan case ci-github-actions-pytest: expected integration.app-tests=unit, found nothing"));
        assertThat(post("/api/rulesets/" + report.get("seq").intValue() + "/publish").statusCode()).isEqualTo(409);
    }

    @Test
    void aCorrectNewDetectorPassesTheGateAndPublishesWithItsTable() throws Exception {
        List<String> lines = shippedLines();
        lines.add("nox-session,integration.automated-tests-scope,application-code,noxfile.py,regex,"
                + "\"^@nox\\.session\\b\",a nox session that runs the tests,python|nox");

        HttpResponse<String> uploaded = upload(write(lines), "nox sessions");

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(uploaded.body());
        assertThat(report.get("gate").get("failures")).as(report.get("gate").toString()).isEmpty();
        assertThat(report.get("gate").get("scenarios").intValue()).as("scenarios and scan cases")
                .isGreaterThan(100);
        JsonNode added = report.get("impact").get("detectors").get(0);
        assertThat(added.get("id").stringValue()).isEqualTo("nox-session");
        assertThat(added.get("kind").stringValue()).isEqualTo("added");
        assertThat(added.get("practice").stringValue()).isEqualTo("integration.automated-tests-scope");
        String version = report.get("version").stringValue();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/rulesets/" + report.get("seq").intValue()))
                .header("Authorization", SignIn.as("analyst")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"detector-changes\"", "1 detector of detectors.csv added",
                "<code>nox-session</code>", "<td>added</td>");

        HttpResponse<String> published = post("/api/rulesets/" + report.get("seq").intValue() + "/publish");

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        HttpResponse<byte[]> zip = http.send(HttpRequest.newBuilder(uri("/api/rulesets/" + version))
                .header("Authorization", SignIn.admin()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(entry(zip.body(), "detectors.csv")).contains("nox-session,");
    }

    private static List<String> shippedLines() throws Exception {
        return new ArrayList<>(Files.readAllLines(SHIPPED, StandardCharsets.UTF_8));
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    private Path write(List<String> lines) throws Exception {
        return Files.write(temp.resolve("detectors.csv"), lines, StandardCharsets.UTF_8);
    }

    private static String entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the version's zip");
    }

    private HttpResponse<String> upload(Path file, String comment) throws Exception {
        return http.send(Multipart.upload(HttpRequest.newBuilder(uri("/api/rulesets/drafts?comment="
                + comment.replace(' ', '+'))).header("Authorization", SignIn.as("analyst")), file).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", SignIn.as("analyst")).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
