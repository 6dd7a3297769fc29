package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 27, the groups over real HTTP: created, listed as a tree with their teams, renamed, moved and deleted by an
 * admin, each change in the audit trail; every refusal a 4xx naming the field; a team registered (one at a time or
 * imported) in a group, and shown with its group's path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GroupApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Api api;
    private String s;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        s = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminBuildsTheTreeAndEveryoneReadsItWithItsTeamCounts() {
        assertThat(create("retail-" + s, "Retail " + s, null).statusCode()).isEqualTo(201);
        HttpResponse<String> pricing = create("pricing-" + s, "Pricing", "retail-" + s);
        assertThat(pricing.statusCode()).as(pricing.body()).isEqualTo(201);
        assertThat(pricing.headers().firstValue("Location")).hasValue("/api/groups/pricing-" + s);
        assertThat(json(pricing).get("path").stringValue()).isEqualTo("Retail " + s + " › Pricing");
        registerTeam("t1-" + s, "pricing-" + s);
        registerTeam("t2-" + s, "retail-" + s);

        String viewer = SignIn.createUser("http://localhost:" + port, "groups-viewer-" + s, "viewer");
        HttpResponse<String> listed = api.send("GET", "/api/groups", null, viewer);
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode retail = entry(json(listed), "retail-" + s);
        JsonNode sub = entry(json(listed), "pricing-" + s);
        assertThat(retail.get("parent").isNull()).isTrue();
        assertThat(retail.get("teams").intValue()).isEqualTo(1);
        assertThat(retail.get("teamsWithin").intValue()).isEqualTo(2);
        assertThat(retail.get("inScope").booleanValue()).isTrue();
        assertThat(sub.get("parent").stringValue()).isEqualTo("retail-" + s);
        assertThat(sub.get("path").stringValue()).isEqualTo("Retail " + s + " › Pricing");
        assertThat(sub.get("depth").intValue()).isEqualTo(2);
        assertThat(json(listed).get("outsideGroups").isInt()).isTrue();
        List<String> order = json(listed).get("groups").valueStream().map(g -> g.get("id").stringValue()).toList();
        assertThat(order.indexOf("pricing-" + s)).as("a unit is followed by its sub-groups")
                .isEqualTo(order.indexOf("retail-" + s) + 1);

        assertThat(api.send("POST", "/api/groups", "{\"id\": \"x-" + s + "\", \"name\": \"X\"}", viewer).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aGroupIsRenamedAndMovedAndEachChangeIsAudited() {
        create("a-" + s, "A", null);
        create("b-" + s, "B", null);
        create("c-" + s, "C", "a-" + s);

        HttpResponse<String> renamed = patch("c-" + s, "{\"name\": \"  Cee  \"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json(renamed).get("name").stringValue()).isEqualTo("Cee");
        HttpResponse<String> moved = patch("c-" + s, "{\"parent\": \"b-" + s + "\"}");
        assertThat(json(moved).get("path").stringValue()).isEqualTo("B › Cee");
        HttpResponse<String> unit = patch("c-" + s, "{\"parent\": null, \"name\": \"Sea\"}");
        assertThat(unit.statusCode()).isEqualTo(200);
        assertThat(json(unit).get("parent").isNull()).isTrue();
        assertThat(json(unit).get("path").stringValue()).isEqualTo("Sea");
        assertThat(api.send(api.request("/api/groups/c-" + s).DELETE()).statusCode()).isEqualTo(204);

        JsonNode audit = json(api.get("/api/audit?limit=50")).get("items");
        List<String> mine = audit.valueStream().filter(e -> e.get("details").isString()
                && e.get("details").stringValue().contains("group c-" + s))
                .map(e -> e.get("action").stringValue()).toList();
        assertThat(mine).containsExactly("group-deleted", "group-moved", "group-renamed", "group-moved",
                "group-renamed", "group-created");
    }

    @Test
    void everyRefusalNamesTheFieldAtFault() {
        create("u-" + s, "U", null);
        create("v-" + s, "V", "u-" + s);
        registerTeam("held-" + s, "v-" + s);

        refused(create("Not A Slug", "X", null), 400, "id", "expected lower-case letters");
        refused(create("n-" + s, "", null), 400, "name", "required");
        refused(create("n-" + s, "N".repeat(201), null), 400, "name", "at most 200 characters");
        refused(create("n-" + s, "bad\\u0007name", null), 400, "name", "");
        refused(create("n-" + s, "N", "nowhere-" + s), 400, "parent", "no group nowhere-" + s);
        refused(create("u-" + s, "Again", null), 409, "id", "group u-" + s + " exists already");
        refused(api.postJson("/api/groups", "{\"id\": \"n-" + s + "\", \"name\": \"N\", \"colour\": 1}"), 400,
                "colour", "unknown field");
        refused(api.postJson("/api/groups", "{\"id\": 7, \"name\": \"N\"}"), 400, "id", "expected text");
        refused(api.postJson("/api/groups", "[]"), 400, "(body)", "expected a JSON object");

        refused(patch("nowhere-" + s, "{\"name\": \"X\"}"), 404, "id", "no group nowhere-" + s);
        refused(patch("u-" + s, "{}"), 400, "(body)", "expected a new name, a new parent, or both");
        refused(patch("u-" + s, "{\"name\": null}"), 400, "name", "required");
        refused(patch("u-" + s, "{\"parent\": \"v-" + s + "\"}"), 400, "parent", "would make a loop");
        refused(patch("u-" + s, "{\"parent\": \"u-" + s + "\"}"), 400, "parent", "cannot be its own parent");
        refused(patch("u-" + s, "{\"parent\": \"nowhere-" + s + "\"}"), 400, "parent", "no group nowhere-" + s);

        String parent = null;
        for (int depth = 1; depth <= 6; depth++) {
            create("d" + depth + "-" + s, "D" + depth, parent);
            parent = "d" + depth + "-" + s;
        }
        refused(create("d7-" + s, "D7", parent), 400, "parent", "too deep: groups nest at most 6 levels");
        refused(patch("u-" + s, "{\"parent\": \"d5-" + s + "\"}"), 400, "parent", "too deep");

        refused(delete("u-" + s), 409, "id", "still holds 1 sub-group");
        refused(delete("v-" + s), 409, "id", "still holds 1 team");
        refused(delete("nowhere-" + s), 404, "id", "no group nowhere-" + s);
        assertThat(json(api.get("/api/groups")).get("groups").valueStream()
                .map(g -> g.get("id").stringValue())).as("nothing half-written").contains("u-" + s, "v-" + s)
                .doesNotContain("n-" + s, "d7-" + s);
    }

    @Test
    void aTeamIsRegisteredInAGroupAndCarriesItsPath() {
        create("unit-" + s, "Unit", null);
        create("sub-" + s, "Sub", "unit-" + s);
        HttpResponse<String> team = api.postJson("/api/teams", "{\"id\": \"in-" + s + "\", \"name\": \"In " + s
                + "\", \"group\": \"sub-" + s + "\"}");
        assertThat(team.statusCode()).as(team.body()).isEqualTo(201);
        assertThat(json(team).get("group").stringValue()).isEqualTo("sub-" + s);
        JsonNode read = json(api.get("/api/teams/in-" + s));
        assertThat(read.get("group").stringValue()).isEqualTo("sub-" + s);
        assertThat(read.get("groupPath").stringValue()).isEqualTo("Unit › Sub");
        JsonNode outside = json(api.postJson("/api/teams", "{\"id\": \"out-" + s + "\", \"name\": \"Out " + s + "\"}"));
        assertThat(outside.get("group").isNull()).isTrue();
        assertThat(outside.get("groupPath").isNull()).isTrue();

        refused(api.postJson("/api/teams", "{\"id\": \"lost-" + s + "\", \"name\": \"Lost\", \"group\": \"nowhere-"
                + s + "\"}"), 400, "group", "no group nowhere-" + s);
        assertThat(api.get("/api/teams/lost-" + s).statusCode()).as("nothing half-written").isEqualTo(404);

        JsonNode audit = json(api.get("/api/audit?limit=50")).get("items");
        assertThat(audit.valueStream().filter(e -> e.get("action").stringValue().equals("team-created"))
                .map(e -> e.get("details").stringValue())).contains("team in-" + s + " \"In " + s
                + "\" registered in group sub-" + s + " (Unit › Sub)");
    }

    @Test
    void aCsvImportPlacesNewTeamsInTheGroupColumnAndRefusesAMoveOrAnUnknownGroupNamingTheCell() {
        create("imp-" + s, "Imported", null);
        create("other-" + s, "Other", null);
        registerTeam("known-" + s, "imp-" + s);
        HttpResponse<String> imported = api.post("/api/imports", "text/csv", "team,name,group,release.method\n"
                + "new-" + s + ",New " + s + ",imp-" + s + ",scripted\n"
                + "known-" + s + ",,imp-" + s + ",manual\n"
                + "plain-" + s + ",,,manual\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(json(api.get("/api/teams/new-" + s)).get("groupPath").stringValue()).isEqualTo("Imported");
        assertThat(json(api.get("/api/teams/plain-" + s)).get("group").isNull()).isTrue();
        JsonNode audit = json(api.get("/api/audit?limit=20")).get("items");
        assertThat(audit.valueStream().filter(e -> e.get("details").isString()).map(e -> e.get("details").stringValue())).anySatisfy(details ->
                assertThat(details).startsWith("2 teams registered by a csv import: ")
                        .contains("new-" + s + " (in imp-" + s + ")", "plain-" + s));

        HttpResponse<String> refused = api.post("/api/imports", "text/csv", "team,name,group,release.method\n"
                + "known-" + s + ",,other-" + s + ",manual\n"
                + "fresh-" + s + ",,nowhere-" + s + ",manual\n");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode errors = json(refused).get("errors");
        assertThat(errors.get(0).get("field").stringValue()).isEqualTo("line 2, column group (C)");
        assertThat(errors.get(0).get("reason").stringValue()).contains("team known-" + s + " sits in group imp-" + s
                + " (Imported), not \"other-" + s + "\"", "PATCH /api/teams/known-" + s);
        assertThat(errors.get(1).get("field").stringValue()).isEqualTo("line 3, column group (C)");
        assertThat(errors.get(1).get("reason").stringValue()).isEqualTo("no group nowhere-" + s);
        assertThat(api.get("/api/teams/fresh-" + s).statusCode()).as("nothing imported").isEqualTo(404);
    }

    @Test
    void aJsonImportTakesAGroupMemberTheSameWay() {
        create("js-" + s, "Json", null);
        HttpResponse<String> imported = api.post("/api/imports", "application/json", "{\"teams\": ["
                + "{\"id\": \"j1-" + s + "\", \"group\": \"js-" + s + "\", \"answers\": {\"release.method\": \"manual\"}},"
                + "{\"id\": \"j1-" + s + "\", \"answers\": {\"release.method\": \"scripted\"}}]}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(json(api.get("/api/teams/j1-" + s)).get("group").stringValue()).isEqualTo("js-" + s);

        HttpResponse<String> refused = api.post("/api/imports", "application/json", "{\"teams\": [\n"
                + "{\"id\": \"j2-" + s + "\", \"group\": \"nowhere-" + s + "\", \"answers\": {}},\n"
                + "{\"id\": \"j1-" + s + "\", \"group\": null, \"answers\": {}},\n"
                + "{\"id\": \"j3-" + s + "\", \"group\": \"js-" + s + "\", \"answers\": {}},\n"
                + "{\"id\": \"j3-" + s + "\", \"group\": \"nowhere-" + s + "\", \"answers\": {}}\n]}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode errors = json(refused).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("field").stringValue()).isEqualTo("line 2, field teams[0].group");
        assertThat(errors.get(0).get("reason").stringValue()).isEqualTo("no group nowhere-" + s);
        assertThat(errors.get(1).get("field").stringValue()).isEqualTo("line 5, field teams[3].group");
    }

    private HttpResponse<String> create(String id, String name, String parent) {
        return api.postJson("/api/groups", "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"parent\": "
                + (parent == null ? "null" : "\"" + parent + "\"") + "}");
    }

    private HttpResponse<String> patch(String id, String body) {
        return api.send(api.request("/api/groups/" + id).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> delete(String id) {
        return api.send(api.request("/api/groups/" + id).DELETE());
    }

    private void registerTeam(String id, String group) {
        HttpResponse<String> made = api.postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Team " + id
                + "\", \"group\": \"" + group + "\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }

    private static void refused(HttpResponse<String> response, int status, String field, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode error = json(response).get("errors").get(0);
        assertThat(error.get("field").stringValue()).as(response.body()).isEqualTo(field);
        assertThat(error.get("reason").stringValue()).as(response.body()).contains(reason);
    }

    private static JsonNode entry(JsonNode listing, String id) {
        return listing.get("groups").valueStream().filter(g -> g.get("id").stringValue().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + id + " in " + listing));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
