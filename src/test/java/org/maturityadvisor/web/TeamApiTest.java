package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Teams, stored assessments, history, diff, re-explanation and portfolio over real HTTP on the embedded H2 database;
 * {@link PostgresTeamApiTest} runs the same on a real PostgreSQL server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private String analyst;

    @BeforeEach
    void signIn() {
        analyst = SignIn.createUser("http://localhost:" + port, "analyst-1", "assessor");
    }

    @Test
    void registersATeamOnceAndNamesTheFieldAtFault() throws Exception {
        String id = unique("payments");
        HttpResponse<String> created = post("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Payments ML\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/teams/" + id);
        assertThat(json(created).get("createdBy").stringValue()).isEqualTo("analyst-1");

        assertThat(post("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Again\"}").statusCode()).isEqualTo(409);
        HttpResponse<String> bad = post("/api/teams", "{\"id\": \"Not A Slug\", \"name\": \"x\", \"colour\": 1}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"colour\"");
        HttpResponse<String> badId = post("/api/teams", "{\"id\": \"Not A Slug\", \"name\": \"x\"}");
        assertThat(badId.body()).contains("\"field\":\"id\"");
        HttpResponse<String> derived = post("/api/teams", "{\"name\": \"Fraud Detection " + id + "\"}");
        assertThat(json(derived).get("id").stringValue()).isEqualTo("fraud-detection-" + id);
    }

    @Test
    void storesEachAssessmentAndShowsTheHistoryNewestFirstPageByPage() throws Exception {
        String id = register("history");
        JsonNode first = json(post("/api/teams/" + id + "/assessments", sample()));
        JsonNode second = json(post("/api/teams/" + id + "/assessments", sampleWithPipelines()));
        assertThat(first.get("seq").intValue()).isEqualTo(1);
        assertThat(second.get("seq").intValue()).isEqualTo(2);
        assertThat(second.get("result").get("team").stringValue()).isEqualTo("Team " + id);
        assertThat(second.get("rulesetVersion").stringValue()).startsWith("sha256:");

        JsonNode page = json(get("/api/teams/" + id + "/assessments?limit=1"));
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("seq").intValue()).isEqualTo(2);
        assertThat(microsoftLevel(page.get("items").get(0))).isEqualTo(2);
        for (JsonNode level : page.get("items").get(0).get("levels")) {
            // a gated model has no score; only the scored ML Test Score has one
            assertThat(level.get("score").isNull()).as(level.toString())
                    .isEqualTo(!level.get("model").stringValue().equals("ml-test-score"));
        }
        JsonNode next = json(get(page.get("next").stringValue()));
        assertThat(next.get("items").get(0).get("seq").intValue()).isEqualTo(1);
        assertThat(microsoftLevel(next.get("items").get(0))).isEqualTo(1);
        assertThat(next.get("next").isNull()).isTrue();

        JsonNode team = json(get("/api/teams/" + id));
        assertThat(team.get("assessments").intValue()).isEqualTo(2);
        assertThat(microsoftLevel(team.get("latestLevels"))).isEqualTo(2);
    }

    @Test
    void historyAndLatestLevelsListTheModelsInTheOrderOfTheResult() throws Exception {
        String id = register("order");
        JsonNode stored = json(post("/api/teams/" + id + "/assessments", sample()));
        List<String> resultOrder = stored.get("result").get("models").valueStream()
                .map(model -> model.get("model").stringValue()).toList();

        JsonNode history = json(get("/api/teams/" + id + "/assessments")).get("items").get(0);
        JsonNode team = json(get("/api/teams/" + id));

        assertThat(history.get("levels").valueStream().map(l -> l.get("model").stringValue()))
                .containsExactlyElementsOf(resultOrder);
        assertThat(team.get("latestLevels").valueStream().map(l -> l.get("model").stringValue()))
                .containsExactlyElementsOf(resultOrder);
    }

    @Test
    void aStoredAssessmentReadsBackExactlyAsItWasReturned() throws Exception {
        String id = register("stored");
        JsonNode returned = json(post("/api/teams/" + id + "/assessments", sample()));

        JsonNode stored = json(get("/api/teams/" + id + "/assessments/1"));
        assertThat(stored.get("result")).isEqualTo(returned.get("result"));
        assertThat(stored.get("input").get("answers").get("release.method").stringValue()).isEqualTo("scripted");
        assertThat(stored.get("author").stringValue()).isEqualTo("analyst-1");
    }

    @Test
    void theDiffNamesTheAnswersLevelsAndBlockersThatChanged() throws Exception {
        String id = register("diff");
        post("/api/teams/" + id + "/assessments", sample());
        post("/api/teams/" + id + "/assessments", sampleWithPipelines());

        JsonNode diff = json(get("/api/teams/" + id + "/assessments/1/diff/2"));
        assertThat(diff.get("ruleset").get("changed").booleanValue()).isFalse();
        assertThat(diff.get("answers").valueStream().map(c -> c.get("field").stringValue()))
                .containsExactly("creation.experiment-tracking", "creation.managed-compute",
                        "creation.model-versioning", "creation.training-automation", "release.method",
                        "release.ownership");
        JsonNode unanswered = diff.get("answers").get(1);
        assertThat(unanswered.get("before").isNull()).isTrue();
        assertThat(unanswered.get("after").stringValue()).as("as the catalog reads true").isEqualTo("yes");
        JsonNode change = diff.get("answers").get(5);
        assertThat(change.get("before").stringValue()).isEqualTo("handed-to-software-engineers");
        assertThat(change.get("after").stringValue()).isEqualTo("software-engineering-team");
        JsonNode microsoft = diff.get("models").get(0);
        assertThat(microsoft.get("model").stringValue()).isEqualTo("microsoft");
        assertThat(microsoft.get("delta").intValue()).isEqualTo(1);
        assertThat(microsoft.get("blockersCleared").valueStream().map(JsonNode::stringValue).toList())
                .contains("ms-managed-compute", "ms-release-by-engineering");
    }

    @Test
    void reExplainsAStoredAssessmentUnderItsOwnVersionIdentically() throws Exception {
        String id = register("explain");
        post("/api/teams/" + id + "/assessments", sample());

        JsonNode explained = json(get("/api/teams/" + id + "/assessments/1/explain"));
        assertThat(explained.get("identical").booleanValue()).isTrue();
        assertThat(explained.get("result").get("models").get(0).get("level").intValue()).isEqualTo(1);
    }

    @Test
    void theWholeAssessmentIsRefusedAndNothingStoredWhenAnAnswerIsBad() throws Exception {
        String id = register("refused");
        HttpResponse<String> bad = post("/api/teams/" + id + "/assessments",
                "{\"answers\": {\"release.method\": \"carrier-pigeon\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("answers.release.method");
        assertThat(post("/api/teams/" + id + "/assessments", "{\"team\": \"Someone Else\"}").body())
                .contains("\"field\":\"team\"");
        assertThat(json(get("/api/teams/" + id)).get("assessments").intValue()).isZero();
        assertThat(post("/api/teams/nobody-" + UUID.randomUUID() + "/assessments", sample()).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/teams/" + id + "/assessments/7").statusCode()).isEqualTo(404);
    }

    @Test
    void theReadmesOwnExampleRegistersAndStoresAsWritten() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String register = "curl -s -u alice -H 'Content-Type: application/json' -d '{\"name\": \"Payments ML\"}' "
                + "http://localhost:8080/api/teams";
        String store = "curl -s -u alice -H 'Content-Type: application/json' -d @docs/examples/team.json "
                + "http://localhost:8080/api/teams/payments-ml/assessments";
        assertThat(readme).contains(register, store);
        HttpResponse<String> registered = post("/api/teams", "{\"name\": \"Payments ML\"}");
        assertThat(registered.statusCode()).as(registered.body()).isIn(201, 409); // 409: registered by a rerun
        HttpResponse<String> stored = post("/api/teams/payments-ml/assessments",
                Files.readString(Path.of("docs/examples/team.json")));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(json(stored).get("result").get("team").stringValue()).isEqualTo("Payments ML");
    }

    @Test
    void aTypedNameThatDiffersFromTheRegisteredOneIsRefusedUnlessConfirmed() throws Exception {
        String id = register("renamed");
        HttpResponse<String> refused = post("/api/teams/" + id + "/assessments", withTeam("Payments Machine Learning"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("title").stringValue()).isEqualTo("Team name differs");
        assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo("team");
        assertThat(problem.get("registeredName").stringValue()).isEqualTo("Team " + id);
        assertThat(problem.get("errors").get(0).get("reason").stringValue())
                .contains("\"Team " + id + "\"", "Payments Machine Learning", "confirmName=true");
        assertThat(json(get("/api/teams/" + id)).get("assessments").intValue()).as("nothing stored").isZero();

        HttpResponse<String> confirmed = post("/api/teams/" + id + "/assessments?confirmName=true",
                withTeam("Payments Machine Learning"));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        assertThat(json(confirmed).get("result").get("team").stringValue()).isEqualTo("Team " + id);
        assertThat(post("/api/teams/" + id + "/assessments", withTeam("  Team " + id + " ")).statusCode())
                .as("the registered name, spaces aside").isEqualTo(201);
        assertThat(post("/api/teams/" + id + "/assessments", sample()).statusCode()).as("team left out")
                .isEqualTo(201);
        assertThat(post("/api/teams/" + id + "/assessments?confirmName=maybe", withTeam("x")).body())
                .contains("\"field\":\"confirmName\"");
    }

    private static String withTeam(String name) throws Exception {
        ObjectNode team = (ObjectNode) JSON.readTree(sample());
        team.put("team", name);
        return team.toString();
    }

    @Test
    void thePortfolioCountsEachTeamsNewestAssessment() throws Exception {
        JsonNode before = json(get("/api/portfolio"));
        String a = register("portfolio-a");
        String b = register("portfolio-b");
        post("/api/teams/" + a + "/assessments", sample());
        post("/api/teams/" + a + "/assessments", sampleWithPipelines());
        post("/api/teams/" + b + "/assessments", sample());

        JsonNode after = json(get("/api/portfolio?blockers=50"));
        assertThat(after.get("assessedTeams").intValue() - before.get("assessedTeams").intValue()).isEqualTo(2);
        assertThat(teamsAt(after, 2) - teamsAt(before, 2)).isEqualTo(1);
        assertThat(teamsAt(after, 1) - teamsAt(before, 1)).isEqualTo(1);
        JsonNode microsoft = after.get("models").get(0);
        assertThat(microsoft.get("name").stringValue()).contains("Microsoft");
        JsonNode blocker = microsoft.get("commonBlockers").get(0);
        assertThat(blocker.get("text").stringValue()).isNotBlank();
        assertThat(blocker.get("teams").intValue()).isPositive();
    }

    @Test
    void listsTeamsPageByPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            register("list");
        }
        List<String> seen = new ArrayList<>();
        String next = "/api/teams?limit=2";
        while (next != null) {
            JsonNode page = json(get(next));
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            page.get("items").forEach(team -> seen.add(team.get("id").stringValue()));
            next = page.get("next").isNull() ? null : page.get("next").stringValue();
        }
        assertThat(seen).doesNotHaveDuplicates().isSorted().hasSizeGreaterThanOrEqualTo(3);
        assertThat(get("/api/teams?limit=0").body()).contains("\"field\":\"limit\"");
    }

    private static int teamsAt(JsonNode portfolio, int level) {
        for (JsonNode model : portfolio.get("models")) {
            if (model.get("model").stringValue().equals("microsoft")) {
                for (JsonNode count : model.get("levels")) {
                    if (count.get("level").intValue() == level) {
                        return count.get("teams").intValue();
                    }
                }
            }
        }
        return 0;
    }

    private static int microsoftLevel(JsonNode entryOrLevels) {
        JsonNode levels = entryOrLevels.has("levels") ? entryOrLevels.get("levels") : entryOrLevels;
        return levels.valueStream().filter(l -> l.get("model").stringValue().equals("microsoft")).findFirst()
                .orElseThrow().get("level").intValue();
    }

    private String register(String prefix) throws Exception {
        String id = unique(prefix);
        HttpResponse<String> response = post("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Team " + id + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String sample() throws Exception {
        ObjectNode team = (ObjectNode) JSON.readTree(Files.readString(Path.of("docs/examples/team.json")));
        team.remove("team");
        return team.toString();
    }

    /** The sample team after adopting tracking, versioning, pipelines, managed compute and release by engineering. */
    static String sampleWithPipelines() throws Exception {
        ObjectNode team = (ObjectNode) JSON.readTree(sample());
        ObjectNode answers = (ObjectNode) team.get("answers");
        answers.put("creation.experiment-tracking", "centralized");
        answers.put("creation.model-versioning", true);
        answers.put("creation.training-automation", "pipeline");
        answers.put("release.method", "ci-cd-pipeline");
        answers.put("creation.managed-compute", true);
        answers.put("release.ownership", "software-engineering-team");
        return team.toString();
    }

    private JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", analyst)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", analyst).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
