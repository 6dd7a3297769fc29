package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.testing.ShippedRules;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API over real HTTP, on the shipped rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void assessesTheSampleTeamWithItsExplainedChain() throws Exception {
        HttpResponse<String> response = post("/api/assessments", Files.readString(Path.of("docs/examples/team.json")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("team").stringValue()).isEqualTo("Payments ML");
        assertThat(body.get("rulesetVersion").stringValue()).startsWith("sha256:");
        JsonNode model = body.get("models").get(0);
        assertThat(model.get("model").stringValue()).isEqualTo("microsoft");
        assertThat(model.get("level").intValue()).isEqualTo(1);
        assertThat(model.get("summary").stringValue()).startsWith("Level 1, DevOps but no MLOps: level 2");
        assertThat(model.get("dimensions")).hasSize(4);
        JsonNode blocker = model.get("blockedLevels").get(0).get("blockers").get(0);
        for (String field : new String[] {"criterion", "text", "dimension", "observed", "required", "status",
                "remediation", "effort"}) {
            assertThat(blocker.has(field)).as(field).isTrue();
        }
    }

    @Test
    void theSummaryViewCarriesTheFullResultsLevelsBlockersAndTargetInAFractionOfItsSize() throws Exception {
        String team = Files.readString(Path.of("docs/examples/team.json"));
        HttpResponse<String> full = post("/api/assessments", team);
        HttpResponse<String> summary = post("/api/assessments?view=summary", team);

        assertThat(summary.statusCode()).isEqualTo(200);
        JsonNode whole = JSON.readTree(full.body());
        JsonNode small = JSON.readTree(summary.body());
        assertThat(small.get("rulesetVersion")).isEqualTo(whole.get("rulesetVersion"));
        for (int i = 0; i < whole.get("models").size(); i++) {
            JsonNode model = whole.get("models").get(i);
            JsonNode brief = small.get("models").get(i);
            assertThat(brief.get("model")).isEqualTo(model.get("model"));
            assertThat(brief.get("level")).isEqualTo(model.get("level"));
            assertThat(brief.get("dimensions")).isEqualTo(model.get("dimensions"));
            JsonNode next = model.get("blockedLevels").get(0);
            assertThat(brief.get("nextLevel")).isEqualTo(next.get("level"));
            assertThat(brief.get("nextLevelBlockers").valueStream().map(JsonNode::stringValue))
                    .containsExactlyElementsOf(next.get("blockers").valueStream()
                            .map(b -> b.get("criterion").stringValue()).toList());
        }
        assertThat(small.get("target").get("target")).isEqualTo(whole.get("target").get("target"));
        assertThat(small.get("target").get("rule")).isEqualTo(whole.get("target").get("rule"));
        assertThat(summary.body().length()).isLessThan(full.body().length() / 5);
        HttpResponse<String> unknown = post("/api/assessments?view=brief", team);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"view\"", "expected full or summary");
    }

    @Test
    void oneAssessmentReturnsEveryModelAndTheTargetWithItsRoadmap() throws Exception {
        JsonNode body = JSON.readTree(post("/api/assessments", Files.readString(Path.of("docs/examples/team.json")))
                .body());

        assertThat(body.get("models").valueStream().map(m -> m.get("model").stringValue() + ":"
                + m.get("kind").stringValue()))
                .containsExactly("microsoft:gated", "google:gated", "ml-test-score:scored", "six-stage:gated");
        JsonNode rubric = body.get("models").get(2);
        assertThat(rubric.get("score").doubleValue()).isZero();
        assertThat(rubric.get("linesUpWith").get("model").stringValue()).isEqualTo("microsoft");
        assertThat(rubric.get("blockedLevels").get(0).get("shortfalls")).hasSize(4);
        JsonNode target = body.get("target");
        assertThat(target.get("model").stringValue()).isEqualTo("microsoft");
        assertThat(target.get("target").intValue()).isEqualTo(2);
        assertThat(target.get("rule").stringValue()).isEqualTo("target-2-two-or-three");
        assertThat(target.get("reason").stringValue()).isNotBlank();
        assertThat(target.get("roadmap").get(0).get("blockers").get(0).get("effort").stringValue())
                .isEqualTo("small");
    }

    @Test
    void listsTheModelsWithTheirCrosswalkAndTheTargetTable() throws Exception {
        JsonNode body = JSON.readTree(get("/api/models").body());

        assertThat(body.get("models")).hasSize(4);
        JsonNode crosswalk = body.get("crosswalk");
        assertThat(crosswalk).hasSize(5);
        assertThat(crosswalk.get(2).get("linedUp").get("google").valueStream().map(JsonNode::intValue))
                .containsExactly(1);
        assertThat(body.get("targetRules").valueStream().map(r -> r.get("id").stringValue()))
                .startsWith("target-4-critical-at-scale").endsWith("target-1-context-unknown");
        JsonNode test = body.get("models").get(2).get("levels").get(0).get("criteria").get(0);
        assertThat(test.get("points").get("manual").doubleValue()).isEqualTo(0.5);
    }

    @Test
    void simulatesPlansSideBySide() throws Exception {
        HttpResponse<String> response = post("/api/simulations", """
                {"team": "t", "answers": {"release.method": "scripted", "integration.automated-builds": true},
                 "plans": [{"name": "pipeline", "changes": {"release.method": "ci-cd-pipeline"}},
                           {"name": "undo", "changes": {"release.method": "drop", "integration.automated-builds": null}}]}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("base").get("models")).hasSize(4);
        JsonNode pipeline = body.get("plans").get(0);
        assertThat(pipeline.get("name").stringValue()).isEqualTo("pipeline");
        JsonNode six = pipeline.get("diff").valueStream().filter(d -> d.get("model").stringValue().equals("six-stage"))
                .findFirst().orElseThrow();
        assertThat(six.get("levelBefore").intValue()).isEqualTo(2);
        assertThat(six.get("criteriaNewlyMet").valueStream().map(JsonNode::stringValue)).contains("six-cd-pipeline");
        JsonNode undo = body.get("plans").get(1);
        assertThat(undo.get("changes").get(1).get("to").isNull()).isTrue();
        assertThat(undo.get("result").get("models").get(3).get("level").intValue()).isZero();
    }

    @Test
    void answersThePathAndTheImpact() throws Exception {
        String team = Files.readString(Path.of("docs/examples/team.json")).trim();
        String withModel = team.substring(0, team.length() - 1) + ", \"model\": \"microsoft\", \"target\": 3}";

        JsonNode path = JSON.readTree(post("/api/simulations/path", withModel).body());
        assertThat(path.get("reachable").booleanValue()).isTrue();
        assertThat(path.get("steps")).hasSize(13);
        assertThat(path.get("steps").get(0).get("criteria").get(0).get("criterion").stringValue())
                .isEqualTo("ms-experiment-tracking");

        JsonNode impact = JSON.readTree(post("/api/simulations/impact", team).body());
        assertThat(impact.get("changes").get(0).get("totalGain").intValue()).isPositive();
    }

    @Test
    void refusesBadChangesAndOutOfRangeTargetsNamingEach() throws Exception {
        HttpResponse<String> plans = post("/api/simulations", """
                {"team": "t", "plans": [{"name": "a", "changes": {"release.methd": "manual",
                                                                  "release.method": "weekly"}}]}
                """);
        assertThat(plans.statusCode()).isEqualTo(400);
        assertThat(plans.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(plans.body()).get("errors").valueStream().map(e -> e.get("field").stringValue()))
                .containsExactlyInAnyOrder("plans[0].changes.release.methd", "plans[0].changes.release.method");

        HttpResponse<String> path = post("/api/simulations/path", """
                {"team": "t", "model": "google", "target": 5}
                """);
        assertThat(path.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(path.body()).get("errors").get(0);
        assertThat(error.get("field").stringValue()).isEqualTo("target");
        assertThat(error.get("reason").stringValue()).contains("0-2");
    }

    @Test
    void refusesBadInputAsProblemJsonListingEveryField() throws Exception {
        HttpResponse<String> response = post("/api/assessments", """
                {"team": "x", "answers": {"release.methd": "manual", "release.method": "continuous",
                                          "creation.data-pipeline": 3}}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").intValue()).isEqualTo(400);
        assertThat(problem.get("type").stringValue()).isEqualTo("/problems/invalid-input");
        assertThat(problem.get("detail").stringValue()).isEqualTo("3 fields are invalid");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").stringValue()))
                .containsExactlyInAnyOrder("answers.release.methd", "answers.release.method",
                        "answers.creation.data-pipeline");
    }

    @Test
    void refusesMalformedJsonAsProblemJson() throws Exception {
        HttpResponse<String> response = post("/api/assessments", "{\"team\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("not valid JSON");
    }

    @Test
    void refusesANonJsonBodyAsProblemJson() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/assessments"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("team")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void listsThePracticeCatalog() throws Exception {
        JsonNode practices = JSON.readTree(get("/api/practices").body());

        PracticeCatalog catalog = ShippedRules.advisor().catalog();
        assertThat(practices.valueStream().map(p -> p.get("id").stringValue()))
                .as("every practice of the loaded catalog, in questionnaire order")
                .containsExactlyElementsOf(catalog.practices().stream().map(Practice::id).toList());
        Practice release = catalog.find("release.method").orElseThrow();
        JsonNode method = practices.valueStream().filter(p -> p.get("id").stringValue().equals(release.id()))
                .findFirst().orElseThrow();
        assertThat(method.get("type").stringValue()).isEqualTo(release.type().label());
        assertThat(method.get("choices").valueStream().map(JsonNode::stringValue))
                .as("lowest first").containsExactlyElementsOf(release.choices());
        assertThat(method.get("question").stringValue()).isEqualTo(release.question());
    }

    @Test
    void listsModelsLevelsAndCriteria() throws Exception {
        JsonNode models = JSON.readTree(get("/api/models").body());

        assertThat(models.get("rulesetVersion").stringValue()).startsWith("sha256:");
        JsonNode microsoft = models.get("models").get(0);
        MaturityModel loaded = ShippedRules.advisor().models().get(0);
        assertThat(microsoft.get("id").stringValue()).isEqualTo(loaded.id());
        assertThat(microsoft.get("levels")).hasSize(loaded.levels().size());
        assertThat(microsoft.get("levels").get(1).get("criteria").valueStream().map(c -> c.get("id").stringValue()))
                .containsExactlyElementsOf(loaded.criteriaOf(1).stream().map(Criterion::id).toList());
        assertThat(microsoft.get("levels").get(1).get("criteria").get(0).get("source").stringValue())
                .startsWith("microsoft-mlops.drl.xlsx row ");
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
