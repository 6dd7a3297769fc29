package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans saved per team over real HTTP on the embedded H2 database; {@link PostgresPlanApiTest} runs the same on a
 * real PostgreSQL server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Api api() {
        return new Api(port);
    }

    @Test
    void savesListsRenamesReplacesAndRemovesAPlan() {
        String team = assessedTeam();
        HttpResponse<String> saved = api().postJson("/api/teams/" + team + "/plans", "{\"name\": \" Level 2 \","
                + " \"changes\": {\"creation.model-versioning\": true, \"release.method\": \"ci-cd-pipeline\","
                + " \"integration.app-tests\": null}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonNode plan = json(saved);
        long id = plan.get("id").longValue();
        assertThat(saved.headers().firstValue("Location")).hasValue("/api/teams/" + team + "/plans/" + id);
        assertThat(plan.get("name").stringValue()).isEqualTo("Level 2");
        assertThat(plan.get("changes").toString()).isEqualTo("{\"creation.model-versioning\":\"yes\","
                + "\"release.method\":\"ci-cd-pipeline\",\"integration.app-tests\":null}");
        assertThat(plan.get("createdBy").stringValue()).isEqualTo(plan.get("updatedBy").stringValue());

        JsonNode renamed = json(patch(team, id, "{\"name\": \"Automated training\"}"));
        assertThat(renamed.get("name").stringValue()).isEqualTo("Automated training");
        assertThat(renamed.get("changes")).isEqualTo(plan.get("changes"));
        JsonNode replaced = json(patch(team, id, "{\"changes\": {\"release.method\": \"drop\"}}"));
        assertThat(replaced.get("name").stringValue()).isEqualTo("Automated training");
        assertThat(replaced.get("changes").toString()).isEqualTo("{\"release.method\":\"not-released\"}");

        JsonNode listed = json(api().get("/api/teams/" + team + "/plans"));
        assertThat(listed.get("plans")).singleElement()
                .satisfies(p -> assertThat(p.get("changes")).isEqualTo(replaced.get("changes")));

        assertThat(delete(team, id).statusCode()).isEqualTo(204);
        assertThat(json(api().get("/api/teams/" + team + "/plans")).get("plans")).isEmpty();
        assertThat(delete(team, id).statusCode()).isEqualTo(404);
    }

    @Test
    void comparesEverySavedPlanOnTheNewestAnswersAsASimulationDoes() {
        String team = assessedTeam();
        String changes = "{\"creation.managed-compute\": true, \"creation.experiment-tracking\": \"centralized\","
                + " \"creation.model-versioning\": true, \"creation.training-automation\": \"pipeline\","
                + " \"release.ownership\": \"software-engineering-team\"}";
        api().postJson("/api/teams/" + team + "/plans", "{\"name\": \"level 2\", \"changes\": " + changes + "}");
        api().postJson("/api/teams/" + team + "/plans", "{\"name\": \"give up\", \"changes\": {\"release.method\":"
                + " \"drop\"}}");

        HttpResponse<String> compared = api().get("/api/teams/" + team + "/plans/compare");

        assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);
        ObjectNode input = (ObjectNode) sample();
        input.put("team", "Team " + team);
        HttpResponse<String> simulated = api().postJson("/api/simulations", "{\"team\": \"Team " + team + "\","
                + " \"context\": " + input.get("context") + ", \"answers\": " + input.get("answers") + ", \"plans\": ["
                + "{\"name\": \"level 2\", \"changes\": " + changes + "},"
                + "{\"name\": \"give up\", \"changes\": {\"release.method\": \"drop\"}}]}");
        assertThat(simulated.statusCode()).as(simulated.body()).isEqualTo(200);
        // a stored answer is dated by its assessment, a posted one by nothing (the day of the request): both today
        assertThat(undated(json(compared))).isEqualTo(undated(json(simulated)));
    }

    /** The result without the day each answer is as of. */
    private static JsonNode undated(JsonNode node) {
        if (node instanceof tools.jackson.databind.node.ObjectNode object) {
            object.remove("asOf");
        }
        node.forEach(PlanApiTest::undated);
        return node;
    }

    @Test
    void refusesBadChangesNamingThePracticeAndWritesNothing() {
        String team = assessedTeam();

        HttpResponse<String> bad = api().postJson("/api/teams/" + team + "/plans", "{\"name\": \"x\", \"changes\": "
                + "{\"release.method\": \"teleport\", \"no.such-practice\": true}}");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"changes.release.method\"", "\"field\":\"changes.no.such-practice\"");
        assertThat(api().postJson("/api/teams/" + team + "/plans", "{\"name\": \"x\"}").body())
                .contains("\"field\":\"changes\"");
        assertThat(api().postJson("/api/teams/" + team + "/plans", "{\"name\": \"a\\u0000b\", \"changes\": "
                + "{\"release.method\": \"drop\"}}").body()).contains("\"field\":\"name\"", "U+0000");
        assertThat(api().postJson("/api/teams/" + team + "/plans", "{\"name\": \"x\", \"changes\": "
                + "{\"release.method\": \"drop\"}, \"colour\": 1}").body()).contains("\"field\":\"colour\"");
        assertThat(json(api().get("/api/teams/" + team + "/plans")).get("plans")).isEmpty();
    }

    @Test
    void aSecondPlanOfTheSameNameIsAConflictAndUnknownTeamsAndPlansAreNotFound() {
        String team = assessedTeam();
        String body = "{\"name\": \"one\", \"changes\": {\"release.method\": \"drop\"}}";
        assertThat(api().postJson("/api/teams/" + team + "/plans", body).statusCode()).isEqualTo(201);
        long other = json(api().postJson("/api/teams/" + team + "/plans", body.replace("one", "two")))
                .get("id").longValue();

        assertThat(api().postJson("/api/teams/" + team + "/plans", body).statusCode()).isEqualTo(409);
        HttpResponse<String> renamed = patch(team, other, "{\"name\": \"one\"}");
        assertThat(renamed.statusCode()).isEqualTo(409);
        assertThat(renamed.body()).contains("one");
        assertThat(api().postJson("/api/teams/no-such-team/plans", body).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/teams/no-such-team/plans").statusCode()).isEqualTo(404);
        assertThat(patch(team, 999_999_999L, "{\"name\": \"z\"}").statusCode()).isEqualTo(404);
        String elsewhere = assessedTeam();
        assertThat(patch(elsewhere, other, "{\"name\": \"z\"}").statusCode()).as("another team's plan")
                .isEqualTo(404);
        assertThat(delete(elsewhere, other).statusCode()).isEqualTo(404);
    }

    @Test
    void aTeamWithoutAnAssessmentHasNothingToCompare() {
        String team = registered();

        HttpResponse<String> compared = api().get("/api/teams/" + team + "/plans/compare");

        assertThat(compared.statusCode()).isEqualTo(404);
        assertThat(compared.body()).contains("no stored assessment");
    }

    private HttpResponse<String> patch(String team, long id, String body) {
        return api().send(api().request("/api/teams/" + team + "/plans/" + id).header("Content-Type",
                "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> delete(String team, long id) {
        return api().send(api().request("/api/teams/" + team + "/plans/" + id).DELETE());
    }

    String registered() {
        String id = "plans-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api().postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Team " + id
                + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id;
    }

    String assessedTeam() {
        String id = registered();
        HttpResponse<String> stored = api().postJson("/api/teams/" + id + "/assessments", sample().toString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        return id;
    }

    static JsonNode sample() {
        try {
            ObjectNode team = (ObjectNode) JSON.readTree(Files.readString(Path.of("docs/examples/team.json")));
            team.remove("team");
            return team;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
