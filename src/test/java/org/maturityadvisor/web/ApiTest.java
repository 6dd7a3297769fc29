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
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.json.WireJson;
import org.maturityadvisor.report.CatalogViews;
import org.maturityadvisor.simulation.Simulator;
import org.maturityadvisor.testing.ShippedRules;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API over real HTTP, on the shipped rules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper WIRE = WireJson.with(JsonMapper.builder()).build();
    private static final String PLANS = """
            {"team": "t", "answers": {"release.method": "scripted", "integration.automated-builds": true},
             "plans": [{"name": "pipeline", "changes": {"release.method": "ci-cd-pipeline"}},
                       {"name": "undo", "changes": {"release.method": "drop", "integration.automated-builds": null}}]}
            """;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private final Advisor advisor = ShippedRules.advisor();

    /** What the engine answers, in the service's wire form: the API must answer exactly this. */
    private static JsonNode wire(Object result) {
        return JSON.readTree(WIRE.writeValueAsString(result));
    }

    private TeamProfile sample() throws IOException {
        return TeamInputReader.read(Files.readString(Path.of("docs/examples/team.json")), advisor.catalog());
    }

    @Test
    void assessesTheSampleTeamWithItsExplainedChain() throws Exception {
        HttpResponse<String> response = post("/api/assessments", Files.readString(Path.of("docs/examples/team.json")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("rulesetVersion").stringValue()).startsWith("sha256:");
        assertThat(body).as("the engine's explained chain, whole").isEqualTo(wire(advisor.assess(sample())));
        JsonNode model = body.get("models").get(0);
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
                + m.get("kind").stringValue())).as("every model, in the rule set's order, with its kind")
                .containsExactlyElementsOf(advisor.models().stream().map(m -> m.id() + ":" + m.kind().id()).toList());
        JsonNode target = body.get("target");
        for (String field : new String[] {"model", "target", "status", "rule", "reason", "roadmap"}) {
            assertThat(target.has(field)).as(field).isTrue();
        }
        assertThat(target).isEqualTo(wire(advisor.assess(sample()).target()));
    }

    @Test
    void listsTheModelsWithTheirCrosswalkAndTheTargetTable() throws Exception {
        JsonNode body = JSON.readTree(get("/api/models").body());

        assertThat(body).as("the catalog views of the loaded rules, whole")
                .isEqualTo(wire(CatalogViews.models(advisor)));
        assertThat(body.get("models")).hasSameSizeAs(advisor.models());
        assertThat(body.get("crosswalk")).as("one row per level of the reference model")
                .hasSize(advisor.models().get(0).topLevel() + 1);
    }

    @Test
    void simulatesPlansSideBySide() throws Exception {
        HttpResponse<String> response = post("/api/simulations", PLANS);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("base").get("models")).hasSameSizeAs(advisor.models());
        JsonNode pipeline = body.get("plans").get(0);
        assertThat(pipeline.get("name").stringValue()).isEqualTo("pipeline");
        assertThat(pipeline.get("diff")).hasSameSizeAs(advisor.models()).allSatisfy(diff -> {
            for (String field : new String[] {"model", "levelBefore", "levelAfter", "delta", "dimensions",
                    "blockersCleared", "blockersAdded", "criteriaNewlyMet", "criteriaLost"}) {
                assertThat(diff.has(field)).as(field).isTrue();
            }
        });
        JsonNode undo = body.get("plans").get(1);
        assertThat(undo.get("changes").get(1).get("to").isNull()).isTrue();
        SimulationInputReader.PlansRequest request = SimulationInputReader.plans(PLANS, advisor.catalog());
        assertThat(body).as("the simulator's answer, whole")
                .isEqualTo(wire(new Simulator(advisor).simulate(request.team(), request.plans())));
    }

    @Test
    void answersThePathAndTheImpact() throws Exception {
        String team = Files.readString(Path.of("docs/examples/team.json")).trim();
        String withModel = team.substring(0, team.length() - 1) + ", \"model\": \"microsoft\", \"target\": 3}";

        JsonNode path = JSON.readTree(post("/api/simulations/path", withModel).body());
        assertThat(path).as("the simulator's path, whole")
                .isEqualTo(wire(new Simulator(advisor).path(sample(), "microsoft", 3)));
        assertThat(path.get("steps")).isNotEmpty();

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
