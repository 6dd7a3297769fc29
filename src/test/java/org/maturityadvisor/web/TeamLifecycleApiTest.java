package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A team renamed, moved, archived, restored and deleted over real HTTP on the embedded H2 database, each change in the
 * audit log, each refusal naming its member and changing nothing; {@link PostgresTeamLifecycleApiTest} runs the same
 * on a real PostgreSQL server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamLifecycleApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A scan report the shipped detectors take: a GitHub Actions workflow seen. */
    static final String PUSHED = ObservationApiTest.report("github-actions-workflow", "integration.automated-builds",
            "yes", ".github/workflows/ci.yml");
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @Autowired
    GroupStore groups;

    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return new Api(port);
    }

    @Test
    void aRenameKeepsTheIdAndIsAuditedFromOldNameToNew() {
        String team = registered();

        HttpResponse<String> renamed = patch(team, "{\"name\": \"  Payments ML  \"}");

        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json(renamed).get("id").stringValue()).isEqualTo(team);
        assertThat(json(renamed).get("name").stringValue()).isEqualTo("Payments ML");
        assertThat(json(api().get("/api/teams/" + team)).get("name").stringValue()).isEqualTo("Payments ML");
        assertThat(audit(team)).singleElement().satisfies(entry -> {
            assertThat(entry.get("action").stringValue()).isEqualTo("team-renamed");
            assertThat(entry.get("actor").stringValue()).isNotBlank();
            assertThat(entry.get("details").stringValue()).contains("from \u201cTeam " + team + "\u201d",
                    "to \u201cPayments ML\u201d");
        });
        assertThat(patch(team, "{\"name\": \"Payments ML\"}").statusCode()).as("the same name again").isEqualTo(200);
        assertThat(audit(team)).as("nothing changed, nothing audited").hasSize(1);
    }

    @Test
    void aTeamMovesIntoAGroupAndBackOutToTheOrganisation() {
        String team = registered();
        String unit = group("unit", null);
        String sub = group("sub", unit);

        HttpResponse<String> moved = patch(team, "{\"group\": \"" + sub + "\"}");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(json(moved).get("groupId").stringValue()).isEqualTo(sub);
        HttpResponse<String> out = patch(team, "{\"group\": null}");
        assertThat(out.statusCode()).as(out.body()).isEqualTo(200);
        assertThat(json(out).get("groupId").isNull()).isTrue();
        List<JsonNode> entries = audit(team);
        assertThat(entries).extracting(entry -> entry.get("action").stringValue())
                .containsExactly("team-moved", "team-moved");
        assertThat(entries.get(1).get("details").stringValue())
                .contains("from the organisation to Unit " + unit + " \u203a Sub " + sub);
        assertThat(entries.get(0).get("details").stringValue()).contains("to the organisation");
    }

    @Test
    void anUnknownGroupIsRefusedNamingItAndNothingOfTheRequestIsWritten() {
        String team = registered();
        long revision = revision();

        HttpResponse<String> refused = patch(team, "{\"name\": \"Renamed\", \"group\": \"nowhere\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"group\"", "no group \\\"nowhere\\\"");
        assertThat(json(api().get("/api/teams/" + team)).get("name").stringValue()).isEqualTo("Team " + team);
        assertThat(audit(team)).isEmpty();
        assertThat(revision()).as("no listing changed").isEqualTo(revision);
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("{}", "(body)"),
                Arguments.of("{\"colour\": \"red\"}", "colour"),
                Arguments.of("{\"name\": \"\"}", "name"),
                Arguments.of("{\"name\": \"   \"}", "name"),
                Arguments.of("{\"name\": 7}", "name"),
                Arguments.of("{\"name\": \"a\\u0000b\"}", "name"),
                Arguments.of("{\"name\": \"" + "x".repeat(201) + "\"}", "name"),
                Arguments.of("{\"group\": 3}", "group"),
                Arguments.of("{\"archived\": \"yes\"}", "archived"),
                Arguments.of("{\"archived\": null}", "archived"),
                Arguments.of("[]", "(body)"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void anEmptyUnknownOrMistypedMemberIsA400NamingIt(String body, String field) {
        String team = registered();

        HttpResponse<String> refused = patch(team, body);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"" + field + "\"");
        assertThat(json(api().get("/api/teams/" + team)).get("name").stringValue()).isEqualTo("Team " + team);
    }

    @Test
    void anUnknownTeamIsNotFound() {
        assertThat(patch("no-such-team", "{\"name\": \"x\"}").statusCode()).isEqualTo(404);
        assertThat(api().send(api().request("/api/teams/no-such-team?confirm=no-such-team").DELETE()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anArchivedTeamIsReadButEveryWriteIsRefusedUntilItIsRestored() {
        String team = assessed();
        HttpResponse<String> archived = patch(team, "{\"archived\": true}");
        assertThat(archived.statusCode()).as(archived.body()).isEqualTo(200);
        assertThat(json(archived).get("archivedAt").isNull()).isFalse();
        String refusal = "team " + team + " is archived; restore it first";

        Map<String, HttpResponse<String>> writes = Map.of(
                "assessment", api().postJson("/api/teams/" + team + "/assessments", PlanApiTest.sample().toString()),
                "plan", api().postJson("/api/teams/" + team + "/plans", "{\"name\": \"p\", \"changes\":"
                        + " {\"release.method\": \"drop\"}}"),
                "confirmation", api().postJson("/api/teams/" + team + "/confirmations", "{\"all\": true}"),
                "observations", api().postJson("/api/teams/" + team + "/observations", PUSHED),
                "pipeline token", api().send("POST", "/api/teams/" + team + "/tokens", "{\"name\": \"ci-"
                        + team + "\"}", SignIn.admin()));
        writes.forEach((what, response) -> {
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(409);
            assertThat(response.body()).as(what).contains(refusal, "Team archived");
        });
        HttpResponse<String> imported = api().post("/api/imports", "text/csv",
                "team,name,release.method\n" + team + ",,scripted\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(400);
        assertThat(imported.body()).contains("\"column\":\"team\"", refusal);

        assertThat(api().get("/api/teams/" + team).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/teams/" + team + "/assessments").statusCode()).isEqualTo(200);
        assertThat(api().get("/api/teams/" + team + "/assessments/1").statusCode()).isEqualTo(200);
        assertThat(api().get("/api/teams/" + team + "/assessments/1/explain").statusCode()).isEqualTo(200);
        assertThat(api().get("/api/teams/" + team + "/assessments/1/trace?model=google").statusCode()).isEqualTo(200);
        assertThat(json(api().get("/api/teams/" + team)).get("assessments").intValue()).as("nothing stored")
                .isEqualTo(1);

        HttpResponse<String> restored = patch(team, "{\"archived\": false}");
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(json(restored).get("archivedAt").isNull()).isTrue();
        assertThat(api().postJson("/api/teams/" + team + "/assessments", PlanApiTest.sample().toString())
                .statusCode()).isEqualTo(201);
        assertThat(audit(team)).extracting(entry -> entry.get("action").stringValue())
                .containsExactly("team-restored", "team-archived");
    }

    @Test
    void deletingNeedsTheTeamsIdTypedAgainAndAnAdmin() {
        String team = assessed();
        String assessor = SignIn.createUser("http://127.0.0.1:" + port, "lc-" + team.substring(3), "assessor");

        HttpResponse<String> missing = api().send(api().request("/api/teams/" + team).DELETE());
        HttpResponse<String> wrong = api().send(api().request("/api/teams/" + team + "?confirm=other").DELETE());
        HttpResponse<String> notAdmin = api().send("DELETE", "/api/teams/" + team + "?confirm=" + team, null,
                assessor);

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"confirm\"", "type the team's id (" + team + ")");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("\"field\":\"confirm\"", "other");
        assertThat(notAdmin.statusCode()).isEqualTo(403);
        assertThat(api().get("/api/teams/" + team).statusCode()).isEqualTo(200);
    }

    @Test
    void deletingATeamRemovesEverythingThatRefersToItAndKeepsWhatIsShared() {
        String team = assessed();
        String other = assessed();
        assertThat(api().postJson("/api/teams/" + team + "/assessments", PlanApiTest.sample().toString())
                .statusCode()).isEqualTo(201);
        assertThat(api().postJson("/api/teams/" + team + "/plans", "{\"name\": \"p\", \"changes\":"
                + " {\"release.method\": \"drop\"}}").statusCode()).isEqualTo(201);
        HttpResponse<String> token = api().send("POST", "/api/teams/" + team + "/tokens", "{\"name\": \"ci-" + team
                + "\"}", SignIn.admin());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        HttpResponse<String> pushed = api().send("POST", "/api/teams/" + team + "/observations",
                PUSHED, "Bearer " + json(token).get("token").stringValue());
        assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(201);
        int dictionaries = count("select count(*) from result_dictionary");
        int otherRows = rowsOf(other);

        HttpResponse<String> deleted = api().send(api().request("/api/teams/" + team + "?confirm=" + team).DELETE());

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(api().get("/api/teams/" + team).statusCode()).isEqualTo(404);
        assertThat(rowsOf(team)).as("every row referring to the team").isZero();
        assertThat(rowsOf(other)).as("another team's rows").isEqualTo(otherRows);
        assertThat(count("select count(*) from result_dictionary")).as("shared dictionaries").isEqualTo(dictionaries);
        assertThat(audit(team)).singleElement().satisfies(entry -> {
            assertThat(entry.get("action").stringValue()).isEqualTo("team-deleted");
            assertThat(entry.get("details").stringValue()).contains("team " + team, "3 assessments", "1 scan",
                    "1 plan", "1 pipeline token");
        });
        assertThat(api().send("POST", "/api/teams/" + team + "/observations", PUSHED,
                "Bearer " + json(token).get("token").stringValue()).statusCode()).as("its token went with it")
                .isEqualTo(401);
    }

    /** Rows of every table that refers to the team or its assessments (V1..V12). */
    int rowsOf(String team) {
        String assessments = "(select id from assessment where team_id = '" + team + "')";
        return count("select count(*) from team where id = '" + team + "'")
                + count("select count(*) from assessment where team_id = '" + team + "'")
                + count("select count(*) from assessment_level where assessment_id in " + assessments)
                + count("select count(*) from answer_standing where assessment_id in " + assessments)
                + count("select count(*) from team_scan where team_id = '" + team + "'")
                + count("select count(*) from team_plan where team_id = '" + team + "'")
                + count("select count(*) from api_token where team_id = '" + team + "'");
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    long revision() {
        return jdbc.queryForObject("select revision from org_revision where id = 1", Long.class);
    }

    /** The team's entries of the audit log, newest first. */
    List<JsonNode> audit(String team) {
        return jdbc.queryForList("select seq from audit_log where team_id = ? order by seq desc", Long.class, team)
                .stream().map(seq -> auditEntry(seq)).toList();
    }

    private JsonNode auditEntry(long seq) {
        JsonNode page = json(api().get("/api/audit?before=" + (seq + 1) + "&limit=1"));
        return page.get("items").get(0);
    }

    String group(String prefix, String parent) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        groups.create(new Group(id, (prefix.substring(0, 1).toUpperCase() + prefix.substring(1)) + " " + id, parent),
                "tester", AT);
        return id;
    }

    HttpResponse<String> patch(String team, String body) {
        return api().send(api().request("/api/teams/" + team).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    String registered() {
        String id = "lc-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = api().postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Team " + id
                + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id;
    }

    String assessed() {
        String id = registered();
        HttpResponse<String> stored = api().postJson("/api/teams/" + id + "/assessments",
                PlanApiTest.sample().toString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        return id;
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
