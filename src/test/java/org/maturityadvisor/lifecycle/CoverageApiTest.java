package org.maturityadvisor.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.Multipart;
import org.maturityadvisor.testing.ReleaseRubric;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over real HTTP: a draft that adds a model no scenario checks is reported with its coverage and a warning per row
 * no scenario exercises, and stays publishable; any version's coverage is read at /api/rulesets/{id}/coverage.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CoverageApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
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
    void aDraftWarnsOfEveryChangedRowNoScenarioExercisesAndStaysPublishable() throws Exception {
        Path table = temp.resolve("release-rubric.drl.csv");
        Files.writeString(table, ReleaseRubric.rows(List.of(), "2", "manual: 1, scripted: 2, ci-cd-pipeline: 2")
                .stream().map(row -> row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(","))).collect(Collectors.joining("\n")));

        HttpResponse<String> uploaded = upload(table);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(uploaded.body());
        assertThat(report.get("publishable").booleanValue()).isTrue();
        JsonNode coverage = report.get("coverage");
        assertThat(coverage.get("warnings").valueStream().map(w -> w.get("message").stringValue()).toList())
                .hasSize(3).allSatisfy(message -> assertThat(message).startsWith("release-rubric.drl.csv row ")
                        .endsWith("changed and no scenario exercises it as met or blocking"))
                .anySatisfy(message -> assertThat(message).contains("(rr-method)"));
        assertThat(coverage.get("models").valueStream().filter(m -> m.get("model").stringValue()
                .equals("release-rubric")).findFirst().orElseThrow().get("uncovered").intValue()).isEqualTo(3);

        HttpResponse<String> text = get("/api/rulesets/" + report.get("seq").longValue() + "/report?format=text");
        assertThat(text.body()).contains("Scenario coverage:\n", "  WARNING release-rubric.drl.csv row ");
    }

    @Test
    void anyVersionsCoverageIsReadAsJsonOrText() throws Exception {
        String active = JSON.readTree(get("/api/rulesets").body()).get("active").stringValue();

        HttpResponse<String> json = get("/api/rulesets/" + active + "/coverage");

        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        JsonNode coverage = JSON.readTree(json.body());
        assertThat(coverage.get("rulesetVersion").stringValue()).isEqualTo(active);
        long rows = coverage.get("items").valueStream().filter(item -> List.of("criterion", "test", "statement")
                .contains(item.get("kind").stringValue())).count();
        assertThat(coverage.get("totals").get("rows").intValue()).isEqualTo((int) rows).isPositive();
        assertThat(coverage.get("warnings")).isEmpty();
        HttpResponse<String> text = get("/api/rulesets/" + active + "/coverage?format=text");
        assertThat(text.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(text.body()).startsWith("Scenario coverage (").contains("Never exercised as met");
        HttpResponse<String> wrong = get("/api/rulesets/" + active + "/coverage?format=xml");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("format", "expected json or text");
        assertThat(get("/api/rulesets/999999/coverage").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> upload(Path file) throws Exception {
        return http.send(Multipart.upload(HttpRequest.newBuilder(uri("/api/rulesets/drafts?comment=rubric"))
                .header("Authorization", SignIn.as("analyst")), file).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", SignIn.as("analyst")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
