package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trace on the table over real HTTP: a team input traced statelessly, a stored assessment traced under its own
 * version, the marks agreeing with what the assessment itself answers, and an unknown model named in a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TraceApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private static String input() throws Exception {
        return JSON.readTree(Files.readString(Path.of("scenarios/google-level-1-pipeline-automation.json")))
                .get("input").toString();
    }

    private static List<String> keys(JsonNode trace, String... marks) {
        List<String> keys = new ArrayList<>();
        for (JsonNode table : trace.get("tables")) {
            for (JsonNode row : table.get("rows")) {
                if (List.of(marks).contains(row.get("mark").stringValue())) {
                    keys.add(row.get("key").stringValue());
                }
            }
        }
        return keys;
    }

    @Test
    void theBlockingRowsAreExactlyTheBlockersTheAssessmentAnswersAndTheMetRowsItsMetCriteria() throws Exception {
        Api api = new Api(port);
        JsonNode assessed = JSON.readTree(api.send(api.anonymous("/api/assessments")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(input()))).body());
        JsonNode google = null;
        for (JsonNode model : assessed.get("models")) {
            if (model.get("model").stringValue().equals("google")) {
                google = model;
            }
        }
        var response = api.send(api.anonymous("/api/assessments/trace?model=google")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(input())));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode trace = JSON.readTree(response.body());
        assertThat(trace.get("model").stringValue()).isEqualTo("google");
        assertThat(trace.get("level").intValue()).isEqualTo(google.get("level").intValue());
        TreeSet<String> blockers = new TreeSet<>();
        google.get("blockedLevels").get(0).get("blockers").forEach(b -> blockers.add(b.get("criterion").stringValue()));
        assertThat(new TreeSet<>(keys(trace, "blocking-absent", "blocking-unknown"))).isEqualTo(blockers);
        TreeSet<String> met = new TreeSet<>();
        google.get("met").forEach(m -> met.add(m.get("criterion").stringValue()));
        List<String> metRows = new ArrayList<>(keys(trace, "met", "stale"));
        metRows.removeIf(key -> key.matches("\\d+")); // level rows passed
        assertThat(new TreeSet<>(metRows)).isEqualTo(met);
        // where each row is: the file, the sheet, the row
        JsonNode criteria = null;
        for (JsonNode table : trace.get("tables")) {
            if (table.get("part").stringValue().equals("criteria")) {
                criteria = table;
            }
        }
        assertThat(criteria).isNotNull();
        assertThat(criteria.get("file").stringValue()).endsWith(".drl.xlsx");
        assertThat(criteria.get("sheet").isNull()).isFalse();
        assertThat(criteria.get("rows").get(0).get("number").intValue()).isPositive();
        assertThat(criteria.get("labels").get(0).stringValue()).isNotBlank();
        assertThat(trace.get("legend").get(0).get("mark").stringValue()).isEqualTo("deciding");
    }

    @Test
    void aStoredAssessmentIsTracedUnderItsOwnVersionAsTheSameInputIsStatelessly() throws Exception {
        Api api = new Api(port);
        String team = "trace-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Search ranking\"}")
                .statusCode()).isEqualTo(201);
        assertThat(api.postJson("/api/teams/" + team + "/assessments", input()).statusCode()).isEqualTo(201);

        var stored = api.get("/api/teams/" + team + "/assessments/1/trace?model=google");
        var fresh = api.postJson("/api/assessments/trace?model=google", input());

        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(stored.body()).get("tables")).isEqualTo(JSON.readTree(fresh.body()).get("tables"));
        assertThat(api.send(api.anonymous("/api/teams/" + team + "/assessments/1/trace?model=google").GET())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownModelIsA404NamingItAndBadInputA400NamingTheField() throws Exception {
        Api api = new Api(port);
        var unknown = api.postJson("/api/assessments/trace?model=no-such-model", input());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no-such-model").contains("google");

        var bad = api.postJson("/api/assessments/trace?model=google", "{\"answers\": {\"no.such.practice\": true}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("no.such.practice");
    }
}
