package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.store.TeamStore;
import org.maturityadvisor.testing.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The group filter and the roll-up over real HTTP on H2 ({@link PostgresGroupRollUpApiTest}: on PostgreSQL): every
 * listing narrowed to a group and the groups below it, archived teams in a team list only when asked for and never in
 * the portfolio, its roll-up, exports or gauges; levels rolled up per unit and per sub-group; a group's overview; an
 * unknown group a 400 naming {@code group} on a listing and a 404 on its own address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GroupRollUpApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TeamStore teams;

    @Autowired
    GroupStore groups;

    @Autowired
    JdbcTemplate jdbc;

    private OrganisationFixture org() throws Exception {
        return OrganisationFixture.fresh().build(new Api(port), teams, groups, jdbc);
    }

    private JsonNode json(String path) {
        var response = new Api(port).get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").stringValue()));
        return ids;
    }

    @Test
    void teamListsFilterByGroupAndShowArchivedTeamsOnlyWhenAsked() throws Exception {
        OrganisationFixture o = org();
        assertThat(ids(json("/api/teams?limit=100&group=" + o.unitA()).get("items")))
                .containsExactlyInAnyOrder(o.a1(), o.a2());
        assertThat(ids(json("/api/teams?limit=100&group=" + o.unitA() + "&archived=include").get("items")))
                .containsExactlyInAnyOrder(o.a1(), o.a2(), o.a3());
        assertThat(ids(json("/api/teams?limit=100&group=" + o.subA()).get("items"))).containsExactly(o.a2());
        assertThat(ids(json("/api/teams?limit=100&group=" + o.unitB()).get("items")))
                .containsExactlyInAnyOrder(o.b1(), o.b2());
        JsonNode page = json("/api/teams?limit=1&group=" + o.unitA());
        assertThat(page.get("next").stringValue()).contains("group=" + o.unitA());
        String teamsPage = new Api(port).get("/teams?group=" + o.unitA()).body();
        assertThat(teamsPage).contains(OrganisationFixture.name(o.a1()), OrganisationFixture.name(o.a2()))
                .doesNotContain(OrganisationFixture.name(o.b1()), OrganisationFixture.name(o.a3()));
        assertThat(new Api(port).get("/teams?group=" + o.unitA() + "&archived=include").body())
                .contains(OrganisationFixture.name(o.a3()), "archived");
    }

    @Test
    void thePortfolioCountsAGroupAndBelowNeverAnArchivedTeamAndRollsUpPerSubGroup() throws Exception {
        OrganisationFixture o = org();
        JsonNode a = json("/api/portfolio?group=" + o.unitA());
        assertThat(a.get("teams").intValue()).isEqualTo(2);
        assertThat(a.get("assessedTeams").intValue()).isEqualTo(2);
        assertThat(a.get("group").stringValue()).isEqualTo(o.unitA());
        JsonNode rows = a.get("rollUp").get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("group").stringValue()).isEqualTo(o.subA());
        assertThat(rows.get(0).get("teams").intValue()).isEqualTo(1);
        assertThat(rows.get(1).get("direct").booleanValue()).isTrue();
        assertThat(rows.get(1).get("teams").intValue()).isEqualTo(1);
        int levelSum = 0;
        for (JsonNode level : a.get("models").get(0).get("levels")) {
            levelSum += level.get("teams").intValue();
        }
        assertThat(levelSum).as("each assessed team counted once per model, a3 (archived) not").isEqualTo(2);

        JsonNode whole = json("/api/portfolio");
        JsonNode unitRowA = row(whole.get("rollUp").get("rows"), o.unitA());
        assertThat(unitRowA.get("teams").intValue()).as("the sub-unit's team counts in its unit").isEqualTo(2);
        JsonNode unitRowB = row(whole.get("rollUp").get("rows"), o.unitB());
        assertThat(unitRowB.get("teams").intValue()).isEqualTo(2);
        assertThat(unitRowB.get("assessed").intValue()).isEqualTo(1);
        JsonNode loose = whole.get("rollUp").get("rows").get(whole.get("rollUp").get("rows").size() - 1);
        assertThat(loose.get("direct").booleanValue()).isTrue();
        assertThat(loose.get("name").stringValue()).isEqualTo("Not in a group");

        assertThat(ids(json("/api/portfolio/teams?size=200&group=" + o.unitA()).get("items")))
                .containsExactlyInAnyOrder(o.a1(), o.a2());
        assertThat(json("/api/portfolio/teams?group=" + o.subA()).get("total").intValue()).isEqualTo(1);
        assertThat(ids(json("/api/portfolio/teams?size=200").get("items"))).doesNotContain(o.a3());
        String html = new Api(port).get("/portfolio?group=" + o.unitA()).body();
        assertThat(html).contains("rollup-chart", "Levels per sub-group of", OrganisationFixture.name(o.a1()))
                .doesNotContain(OrganisationFixture.name(o.b1()));
    }

    private static JsonNode row(JsonNode rows, String group) {
        for (JsonNode row : rows) {
            if (group.equals(row.path("group").stringValue(null))) {
                return row;
            }
        }
        throw new AssertionError("no roll-up row for " + group + " in " + rows);
    }

    @Test
    void exportsFilterByGroupAndNeverCarryAnArchivedTeam() throws Exception {
        OrganisationFixture o = org();
        JsonNode exported = json("/api/exports/assessments?group=" + o.unitA());
        List<String> exportedTeams = new ArrayList<>();
        exported.get("assessments").forEach(row -> exportedTeams.add(row.get("team").stringValue()));
        assertThat(exportedTeams).containsExactlyInAnyOrder(o.a1(), o.a2());
        String csv = new Api(port).get("/api/exports/assessments?format=csv&group=" + o.subA()).body();
        assertThat(csv.lines().skip(1).toList()).hasSize(1).allMatch(line -> line.startsWith(o.a2() + ","));
        assertThat(new Api(port).get("/api/exports/assessments?format=csv").body()).doesNotContain(o.a3() + ",");
    }

    @Test
    void anUnknownGroupIsA400NamingGroupOnEveryListingAndA404OnItsOwnAddress() {
        for (String path : List.of("/api/teams?group=no-such-group", "/api/portfolio?group=no-such-group",
                "/api/portfolio/teams?group=no-such-group", "/api/exports/assessments?group=no-such-group",
                "/api/teams?archived=maybe")) {
            var response = new Api(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains(path.contains("archived") ? "\"archived\"" : "\"group\"");
        }
        assertThat(new Api(port).get("/portfolio?group=no-such-group").statusCode()).isEqualTo(400);
        assertThat(new Api(port).get("/teams?group=no-such-group").statusCode()).isEqualTo(400);
        var missing = new Api(port).get("/api/groups/no-such-group");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(new Api(port).get("/groups/no-such-group").statusCode()).isEqualTo(404);
    }

    @Test
    void aGroupsOverviewGivesItsPathSubGroupsTeamsLevelsGapAndTrend() throws Exception {
        OrganisationFixture o = org();
        JsonNode group = json("/api/groups/" + o.subA());
        assertThat(group.get("group").get("parent").stringValue()).isEqualTo(o.unitA());
        assertThat(group.get("path")).hasSize(2);
        assertThat(group.get("path").get(0).get("id").stringValue()).isEqualTo(o.unitA());

        JsonNode unit = json("/api/groups/" + o.unitA());
        assertThat(unit.get("subGroups")).hasSize(1);
        assertThat(unit.get("subGroups").get(0).get("id").stringValue()).isEqualTo(o.subA());
        assertThat(unit.get("subGroups").get(0).get("teams").intValue()).isEqualTo(1);
        assertThat(unit.get("teams").get("total").intValue()).isEqualTo(2);
        assertThat(ids(unit.get("teams").get("items"))).containsExactlyInAnyOrder(o.a1(), o.a2());
        assertThat(unit.get("levels").get("teams").intValue()).isEqualTo(2);
        assertThat(unit.get("levels").get("trend")).isNotEmpty();
        assertThat(unit.get("levels").get("rollUp").get("rows")).hasSize(2);
        JsonNode first = unit.get("teams").get("items").get(0);
        assertThat(first.get("target")).isNotNull();
        unit.get("needHelp").forEach(team -> assertThat(team.get("target").get("gap").intValue()).isPositive());

        String page = new Api(port).get("/groups/" + o.unitA()).body();
        assertThat(page).contains("Where it stands", OrganisationFixture.name(o.a1()), "/teams/" + o.a1(),
                "/groups/" + o.subA()).doesNotContain(OrganisationFixture.name(o.a3()));
    }

    @Test
    void theGaugesCountEachUnitWithItsSubUnitsNoneForTeamsOutsideAndNoArchivedTeam() throws Exception {
        OrganisationFixture o = org();
        Api api = new Api(port);
        String metrics = api.send(api.request("/actuator/prometheus").header("Accept", "text/plain")).body();
        assertThat(gauge(metrics, "maturity_group_teams", o.unitA())).isEqualTo(2);
        assertThat(gauge(metrics, "maturity_group_assessed_teams", o.unitA())).isEqualTo(2);
        assertThat(gauge(metrics, "maturity_group_teams", o.unitB())).isEqualTo(2);
        assertThat(gauge(metrics, "maturity_group_assessed_teams", o.unitB())).isEqualTo(1);
        assertThat(gauge(metrics, "maturity_group_teams", "none")).isGreaterThanOrEqualTo(1);
        assertThat(metrics).doesNotContain("group=\"" + o.subA() + "\"");
        assertThat(metrics).containsPattern("maturity_group_level_teams\\{[^}]*group=\"" + o.unitA() + "\"");
        assertThat(metrics).containsPattern("maturity_group_stale_answers\\{[^}]*group=\"" + o.unitA() + "\"");
        assertThat(metrics).containsPattern("(?m)^maturity_stale_answers ");
    }

    static double gauge(String metrics, String name, String group) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "\\{[^}]*group=\"" + Pattern.quote(group)
                + "\"[^}]*\\} (\\S+)").matcher(metrics);
        assertThat(matcher.find()).as(name + " of " + group + " in the scrape").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
