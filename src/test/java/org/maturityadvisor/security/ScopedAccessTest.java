package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.organisation.CallerTeams;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.store.GroupExistsException;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.TeamSets;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 27's "Done when" for scoped access, over real HTTP: a viewer of one unit reads only that unit's teams (and
 * its sub-groups'), an assessor of unit A can neither read nor write a team of unit B (404, the very body a missing
 * team gets), a gate token scoped to one team reads that team only. Groups: Retail (with Pricing below it) and
 * Payments; one team directly in the organisation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScopedAccessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    GroupStore groups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallerTeams callerTeams;

    @Autowired
    CurrentAccess current;

    @Autowired
    TeamPlaces places;

    @Autowired
    SecuritySettings settings;

    private Api api;

    @BeforeEach
    void organisation() {
        api = new Api(port);
        group(new Group("sa-retail", "Retail", null));
        group(new Group("sa-pricing", "Pricing", "sa-retail"));
        group(new Group("sa-payments", "Payments", null));
        team("sa-r1", "sa-retail");
        team("sa-p1", "sa-pricing");
        team("sa-x1", "sa-payments");
        team("sa-o1", null);
        user("sa-retail-viewer", "none", Map.of("sa-retail", "viewer"));
        user("sa-retail-assessor", "none", Map.of("sa-retail", "assessor"));
        user("sa-mixed", "none", Map.of("sa-retail", "viewer", "sa-payments", "assessor"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aViewerOfOneUnitReadsOnlyThatUnitsTeamsSubGroupsIncluded() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "sa-retail-viewer", null, Role.VIEWER.authorities()));
        List<Object> params = new ArrayList<>();
        String condition = TeamSets.condition("t", callerTeams.readable(), params);
        List<String> readable = jdbc.sql("select t.id from team t where " + condition + " and t.id like 'sa-%' "
                + "order by t.id").params(params).query(String.class).list();
        assertThat(readable).containsExactly("sa-p1", "sa-r1");
        assertThat(callerTeams.writable().empty()).as("a viewer changes nothing").isTrue();

        String viewer = SignIn.as("sa-retail-viewer");
        assertThat(get("/api/teams/sa-r1", viewer).statusCode()).isEqualTo(200);
        assertThat(get("/api/teams/sa-p1", viewer).statusCode()).isEqualTo(200);
        assertThat(get("/api/teams/sa-x1", viewer).statusCode()).isEqualTo(404);
        assertThat(get("/api/teams/sa-o1", viewer).statusCode()).as("a team outside every unit").isEqualTo(404);
        assertThat(page("/teams/sa-x1", viewer).statusCode()).isEqualTo(404);
        assertThat(get("/api/me", viewer).body()).contains("\"role\":\"viewer\"",
                "{\"role\":\"viewer\",\"group\":\"sa-retail\",\"where\":\"Retail\"}");
    }

    /**
     * The platform lead's view through every listing, with real grants (not a stand-in bean): the team list, the
     * portfolio's list and its roll-up, the portfolio page, the group pages and, for the unit's assessor, the export.
     */
    @Test
    void aViewerOfOneUnitSeesOnlyThatUnitInTeamListsPortfolioGroupPagesAndExports() throws Exception {
        team("sa-x2", "sa-payments");
        team("sa-o2", null);
        String assessor = SignIn.as("sa-retail-assessor");
        for (String team : List.of("sa-r1", "sa-x2", "sa-o2")) {
            assertThat(api.send("POST", "/api/teams/" + team + "/assessments", assessment(), SignIn.admin())
                    .statusCode()).isEqualTo(201);
        }
        String viewer = SignIn.as("sa-retail-viewer");
        for (String path : List.of("/api/teams?limit=500", "/api/portfolio/teams?size=200", "/api/groups/sa-retail")) {
            String body = get(path, viewer).body();
            assertThat(body).as(path).contains("sa-r1", "sa-p1").doesNotContain("sa-x", "sa-o", "sa-payments");
        }
        JsonNode portfolio = json(get("/api/portfolio", viewer).body());
        assertThat(portfolio.get("teams").intValue()).as("Retail's two teams, Pricing's included").isEqualTo(2);
        assertThat(portfolio.get("rollUp").get("rows")).extracting(row -> row.get("group").stringValue())
                .containsExactly("sa-retail");
        assertThat(get("/api/groups/sa-payments", viewer).statusCode()).isEqualTo(404);
        assertThat(page("/portfolio", viewer).body()).contains("Team sa-r1").doesNotContain("Team sa-x",
                "Team sa-o");
        assertThat(page("/teams", viewer).body()).contains("Team sa-r1").doesNotContain("Team sa-x", "Team sa-o");
        String export = get("/api/exports/assessments", assessor).body();
        assertThat(export).contains("sa-r1").doesNotContain("sa-x", "sa-o");
        assertThat(get("/api/exports/assessments", viewer).statusCode()).as("exports are an assessor's")
                .isEqualTo(403);
    }

    @Test
    void anAssessorOfUnitACannotReadOrWriteATeamOfUnitBAndGetsTheBodyOfAMissingTeam() throws Exception {
        String assessor = SignIn.as("sa-retail-assessor");
        assertThat(api.send("POST", "/api/teams/sa-r1/assessments", assessment(), assessor).statusCode())
                .as("in their unit").isEqualTo(201);

        for (String path : List.of("/api/teams/%s", "/api/teams/%s/assessments", "/api/teams/%s/plans",
                "/api/teams/%s/freshness")) {
            HttpResponse<String> outside = get(path.formatted("sa-x1"), assessor);
            HttpResponse<String> missing = get(path.formatted("sa-missing"), assessor);
            assertThat(outside.statusCode()).as(path).isEqualTo(404);
            assertThat(outside.body().replace("sa-x1", "sa-missing")).as(path).isEqualTo(missing.body());
        }
        HttpResponse<String> write = api.send("POST", "/api/teams/sa-x1/assessments", assessment(), assessor);
        HttpResponse<String> writeMissing = api.send("POST", "/api/teams/sa-missing/assessments", assessment(),
                assessor);
        assertThat(write.statusCode()).isEqualTo(404);
        assertThat(write.body().replace("sa-x1", "sa-missing")).isEqualTo(writeMissing.body());
        assertThat(page("/teams/sa-x1", assessor).statusCode()).isEqualTo(404);
        assertThat(withoutCsrf(page("/teams/sa-x1", assessor).body()).replace("sa-x1", "sa-missing"))
                .isEqualTo(withoutCsrf(page("/teams/sa-missing", assessor).body()));
        assertThat(get("/api/teams/sa-x1/assessments", SignIn.admin()).body()).as("nothing was stored there")
                .contains("\"items\":[]");
    }

    /** The questionnaire's store form keeps the answers: an out-of-scope team is named as unknown beside them. */
    @Test
    void theStoreFormAnswersAnOutOfScopeTeamAsAMissingOneAndKeepsTheAnswers() {
        String assessor = SignIn.as("sa-retail-assessor");
        HttpResponse<String> outside = storeForm("sa-x1", assessor);
        HttpResponse<String> missing = storeForm("sa-missing", assessor);
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(outside.body()).contains("no team sa-x1", "id=\"questionnaire\"").doesNotContain("Team sa-x1");
        assertThat(missing.body()).contains("no team sa-missing", "id=\"questionnaire\"");
        assertThat(get("/api/teams/sa-x1/assessments", SignIn.admin()).body()).as("nothing was stored there")
                .contains("\"items\":[]");
    }

    private HttpResponse<String> storeForm(String team, String authorization) {
        return api.send(api.anonymous("/store").header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("teamId=" + team)));
    }

    @Test
    void aViewerOfATeamWhoAssessesElsewhereIsToldTheRoleNeededOnThatTeam() throws Exception {
        String mixed = SignIn.as("sa-mixed");
        HttpResponse<String> refused = api.send("POST", "/api/teams/sa-r1/assessments", assessment(), mixed);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("requires role assessor on team sa-r1");
        assertThat(api.send("POST", "/api/teams/sa-x1/assessments", assessment(), mixed).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aGateTokenScopedToOneTeamReadsOnlyThatTeam() throws Exception {
        api.send("POST", "/api/teams/sa-r1/assessments", assessment(), SignIn.admin());
        HttpResponse<String> made = api.send("POST", "/api/tokens", "{\"name\": \"sa-gate-" + port
                + "\", \"role\": \"viewer\", \"team\": \"sa-r1\", \"readOnly\": true}", SignIn.admin());
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(made.body()).contains("\"team\":\"sa-r1\"", "\"readOnly\":true");
        String gate = "Bearer " + JSON.readTree(made.body()).get("token").stringValue();

        // what `gate --url --team` reads (README "Gate a pipeline on a level")
        HttpResponse<String> history = get("/api/teams/sa-r1/assessments?limit=1", gate);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        int seq = JSON.readTree(history.body()).get("items").get(0).get("seq").intValue();
        assertThat(get("/api/teams/sa-r1/assessments/" + seq, gate).statusCode()).isEqualTo(200);

        for (String other : List.of("sa-p1", "sa-x1", "sa-o1")) {
            assertThat(get("/api/teams/" + other + "/assessments?limit=1", gate).statusCode()).as(other)
                    .isEqualTo(404);
        }
        HttpResponse<String> write = api.send("POST", "/api/teams/sa-r1/assessments", assessment(), gate);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.body()).contains("read-only API token");
        assertThat(api.send("POST", "/api/assessments", assessment(), gate).statusCode())
                .as("a call that stores nothing").isEqualTo(200);
        assertThat(get("/api/audit", gate).statusCode()).as("capped at viewer").isEqualTo(403);
    }

    @Test
    void aTokenNeverReachesFurtherThanItsOwnerAtCreationNorAtUse() throws Exception {
        String viewer = SignIn.as("sa-retail-viewer");
        HttpResponse<String> outside = api.send("POST", "/api/tokens", "{\"name\": \"sa-far-" + port
                + "\", \"team\": \"sa-x1\"}", viewer);
        HttpResponse<String> missing = api.send("POST", "/api/tokens", "{\"name\": \"sa-far-" + port
                + "\", \"team\": \"sa-missing\"}", viewer);
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("\"field\":\"team\"", "no team sa-x1");
        assertThat(outside.body().replace("sa-x1", "sa-missing")).isEqualTo(missing.body());

        user("sa-shrinking", "none", Map.of("sa-retail", "viewer"));
        HttpResponse<String> made = api.send("POST", "/api/tokens", "{\"name\": \"sa-shrink-" + port
                + "\", \"group\": \"sa-retail\"}", SignIn.as("sa-shrinking"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String token = "Bearer " + JSON.readTree(made.body()).get("token").stringValue();
        assertThat(get("/api/teams/sa-p1", token).statusCode()).isEqualTo(200);

        assertThat(api.send("DELETE", "/api/users/sa-shrinking/grants?group=sa-retail", null, SignIn.admin())
                .statusCode()).isEqualTo(204);
        assertThat(get("/api/teams/sa-p1", token).statusCode()).as("the owner lost the grant").isIn(403, 404);
    }

    @Test
    void grantsAreCheckedAuditedAndListed() {
        user("sa-granted", "none", Map.of());
        HttpResponse<String> analyst = api.send("POST", "/api/users/sa-granted/grants",
                "{\"role\": \"analyst\", \"group\": \"sa-retail\"}", SignIn.admin());
        assertThat(analyst.statusCode()).isEqualTo(400);
        assertThat(analyst.body()).contains("\"field\":\"role\"", "organisation only");
        HttpResponse<String> unknown = api.send("POST", "/api/users/sa-granted/grants",
                "{\"role\": \"viewer\", \"group\": \"sa-nowhere\"}", SignIn.admin());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"group\"", "no group sa-nowhere");

        HttpResponse<String> granted = api.send("POST", "/api/users/sa-granted/grants",
                "{\"role\": \"assessor\", \"group\": \"sa-pricing\"}", SignIn.admin());
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        assertThat(granted.body()).contains("\"where\":\"Retail › Pricing\"");
        assertThat(api.send("POST", "/api/users/sa-granted/grants", "{\"role\": \"viewer\"}", SignIn.admin())
                .statusCode()).isEqualTo(201);
        assertThat(get("/api/users/sa-granted/grants", SignIn.admin()).body()).isEqualTo("[{\"role\":\"viewer\","
                + "\"group\":null,\"where\":\"the organisation\"},{\"role\":\"assessor\",\"group\":\"sa-pricing\","
                + "\"where\":\"Retail › Pricing\"}]");
        assertThat(api.send("DELETE", "/api/users/sa-granted/grants?group=sa-pricing", null, SignIn.admin())
                .statusCode()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/users/sa-granted/grants?group=sa-pricing", null, SignIn.admin())
                .statusCode()).isEqualTo(404);

        String audit = get("/api/audit?limit=50", SignIn.admin()).body();
        assertThat(audit).contains("grant-added", "sa-granted: assessor of Retail › Pricing (sa-pricing)",
                "grant-removed");
    }

    @Test
    void anImportRowForATeamOutsideTheCallersUnitIsRefusedAsAnUnknownTeam() {
        String assessor = SignIn.as("sa-retail-assessor");
        HttpResponse<String> refused = api.send(api.anonymous("/api/imports").header("Authorization", assessor)
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "team,name,mlUseCases\nsa-r1,,1\nsa-x1,,1\n")));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("no team sa-x1", "line 3").doesNotContain("Team sa-x1");

        HttpResponse<String> inScope = api.send(api.anonymous("/api/imports").header("Authorization", assessor)
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "team,name,mlUseCases\nsa-r1,,1\n")));
        assertThat(inScope.statusCode()).as(inScope.body()).isEqualTo(201);
    }

    @Test
    void aGroupOutOfScopeIsANotFoundNamingIt() {
        ScopeGuard guard = new ScopeGuard(AccessRules.rules(settings.openAssessments()), current, places);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "sa-retail-viewer", null, Role.VIEWER.authorities()));

        assertThat(guard.preHandle(groupRequest("sa-pricing"), new MockHttpServletResponse(), new Object()))
                .as("a sub-group of their unit").isTrue();
        assertThatThrownBy(() -> guard.preHandle(groupRequest("sa-payments"), new MockHttpServletResponse(),
                new Object())).isInstanceOf(NotFoundException.class).hasMessage("no group sa-payments");
        assertThat(guard.preHandle(groupRequest("sa-nowhere"), new MockHttpServletResponse(), new Object()))
                .as("a missing group is the groups' controllers' to answer").isTrue();
    }

    private static MockHttpServletRequest groupRequest(String id) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/groups/" + id);
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/api/groups/{id}");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", id));
        return request;
    }

    private void group(Group group) {
        try {
            groups.create(group, "test", java.time.OffsetDateTime.now());
        } catch (GroupExistsException already) {
            // made by an earlier test of this class
        }
    }

    private void team(String id, String group) {
        api.send("POST", "/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Team " + id + "\"}", SignIn.admin());
        groups.place(id, group);
    }

    private void user(String name, String role, Map<String, String> grants) {
        SignIn.createUser("http://127.0.0.1:" + port, name, role);
        grants.forEach((group, granted) -> {
            HttpResponse<String> response = api.send("POST", "/api/users/" + name + "/grants", "{\"role\": \""
                    + granted + "\", \"group\": \"" + group + "\"}", SignIn.admin());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        });
    }

    /** The example team's answers, without its name (each team here has its own). */
    private static String assessment() throws Exception {
        ObjectNode team = (ObjectNode) JSON.readTree(Files.readString(Path.of("docs/examples/team.json")));
        team.remove("team");
        return JSON.writeValueAsString(team);
    }

    private HttpResponse<String> get(String path, String authorization) {
        return api.send(api.anonymous(path).header("Authorization", authorization).GET());
    }

    private HttpResponse<String> page(String path, String authorization) {
        return api.send(api.anonymous(path).header("Authorization", authorization).header("Accept", "text/html").GET());
    }

    /** A page's CSRF token differs at every request: it is no part of what the page says. */
    private static String withoutCsrf(String html) {
        return html.replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
