package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maturityadvisor.organisation.CallerTeams;
import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.store.TeamStore;
import org.maturityadvisor.testing.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A caller who may read unit A only (a test {@link CallerTeams} standing in for the grants): every listing shows unit
 * A's teams and nothing else — the team list and its page, the portfolio's counts, roll-up and team list, its page,
 * the exports, A's overview — and unit B is to them as a group that does not exist (a 400 naming {@code group} as a
 * filter, a 404 as an address).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(GroupScopedCallerTest.UnitAOnly.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupScopedCallerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final OrganisationFixture ORG = OrganisationFixture.fresh();

    /** Reads unit A and the groups below it, whoever calls. */
    @TestConfiguration
    static class UnitAOnly {
        @Bean
        @Primary
        CallerTeams unitAOnly(GroupStore groups) {
            return new CallerTeams() {
                @Override
                public TeamSet readable() {
                    return new TeamSet(groups.tree().within(ORG.unitA()), null, false);
                }

                @Override
                public TeamSet writable() {
                    return TeamSet.everything(); // the fixture stores its assessments through the API
                }
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TeamStore teams;

    @Autowired
    GroupStore groups;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void organisation() throws Exception {
        ORG.build(new Api(port), teams, groups, jdbc);
    }

    private JsonNode json(String path) {
        var response = new Api(port).get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get(field).stringValue()));
        return ids;
    }

    @Test
    void theTeamListsShowOnlyUnitAsTeams() {
        assertThat(ids(json("/api/teams?limit=100").get("items"), "id")).containsExactlyInAnyOrder(ORG.a1(), ORG.a2());
        assertThat(ids(json("/api/teams?limit=100&archived=include").get("items"), "id"))
                .containsExactlyInAnyOrder(ORG.a1(), ORG.a2(), ORG.a3());
        String page = new Api(port).get("/teams").body();
        assertThat(page).contains(OrganisationFixture.name(ORG.a1()), OrganisationFixture.name(ORG.a2()))
                .doesNotContain(OrganisationFixture.name(ORG.b1()), OrganisationFixture.name(ORG.loose()));
        String filter = page.substring(page.indexOf("id=\"group-filter\""));
        assertThat(filter.substring(0, filter.indexOf("</select>"))).as("the group filter offers only A's groups")
                .contains(ORG.unitA(), ORG.subA()).doesNotContain(ORG.unitB());
        assertThat(new Api(port).get("/?load=").body()).doesNotContain(OrganisationFixture.name(ORG.b1()));
    }

    @Test
    void thePortfolioCountsAndListsOnlyUnitA() {
        JsonNode portfolio = json("/api/portfolio");
        assertThat(portfolio.get("teams").intValue()).isEqualTo(2);
        assertThat(portfolio.get("assessedTeams").intValue()).isEqualTo(2);
        assertThat(ids(portfolio.get("rollUp").get("rows"), "name")).containsExactly("Alpha unit " + ORG.unitA());
        assertThat(ids(json("/api/portfolio/teams?size=200").get("items"), "id"))
                .containsExactlyInAnyOrder(ORG.a1(), ORG.a2());
        String page = new Api(port).get("/portfolio").body();
        assertThat(page).contains(OrganisationFixture.name(ORG.a1()))
                .doesNotContain(OrganisationFixture.name(ORG.b1()), OrganisationFixture.name(ORG.loose()),
                        "Beta unit", "Not in a group");
    }

    @Test
    void theExportsCarryOnlyUnitAsAssessments() {
        List<String> exported = new ArrayList<>();
        json("/api/exports/assessments").get("assessments").forEach(row -> exported.add(row.get("team").stringValue()));
        assertThat(exported).containsExactlyInAnyOrder(ORG.a1(), ORG.a2());
    }

    @Test
    void unitBIsAsAGroupThatDoesNotExist() {
        var asFilter = new Api(port).get("/api/portfolio/teams?group=" + ORG.unitB());
        var unknown = new Api(port).get("/api/portfolio/teams?group=no-such-group");
        assertThat(asFilter.statusCode()).isEqualTo(400).isEqualTo(unknown.statusCode());
        assertThat(asFilter.body().replace(ORG.unitB(), "X")).isEqualTo(unknown.body().replace("no-such-group", "X"));
        for (String path : List.of("/api/teams?group=", "/api/portfolio?group=", "/api/exports/assessments?group=")) {
            assertThat(new Api(port).get(path + ORG.unitB()).statusCode()).as(path).isEqualTo(400);
        }
        var group = new Api(port).get("/api/groups/" + ORG.unitB());
        var missing = new Api(port).get("/api/groups/no-such-group");
        assertThat(group.statusCode()).isEqualTo(404);
        assertThat(group.body().replace(ORG.unitB(), "X")).isEqualTo(missing.body().replace("no-such-group", "X"));
        assertThat(new Api(port).get("/groups/" + ORG.unitB()).statusCode()).isEqualTo(404);
    }

    @Test
    void unitAsOverviewAndPageShowItsTeams() {
        JsonNode unit = json("/api/groups/" + ORG.unitA());
        assertThat(ids(unit.get("teams").get("items"), "id")).containsExactlyInAnyOrder(ORG.a1(), ORG.a2());
        assertThat(json("/api/groups/" + ORG.subA()).get("teams").get("total").intValue()).isEqualTo(1);
        assertThat(new Api(port).get("/groups/" + ORG.unitA()).body()).contains(OrganisationFixture.name(ORG.a1()))
                .doesNotContain(OrganisationFixture.name(ORG.b1()));
    }
}
