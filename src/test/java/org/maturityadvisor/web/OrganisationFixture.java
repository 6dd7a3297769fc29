package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.store.TeamStore;
import org.maturityadvisor.testing.Api;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small organisation for the group tests, its ids fresh for each use (tests share a database): unit A with a
 * sub-unit, unit B, and teams in each, one archived in A and one outside every unit, each assessed once but one.
 *
 * @param unitA  a unit: teams a1 (assessed on the full questionnaire) and a3 (archived, assessed)
 * @param subA   a sub-unit of A: team a2 (assessed on the small example)
 * @param unitB  another unit: team b1 (assessed) and b2 (never assessed)
 * @param loose  team o1, in no group (assessed)
 */
record OrganisationFixture(String unitA, String subA, String unitB, String a1, String a2, String a3, String b1,
                           String b2, String loose) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static OrganisationFixture fresh() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        return new OrganisationFixture("unit-a-" + s, "sub-a-" + s, "unit-b-" + s, "a1-" + s, "a2-" + s, "a3-" + s,
                "b1-" + s, "b2-" + s, "o1-" + s);
    }

    /** Registers the groups and teams, stores their assessments, archives a3. */
    OrganisationFixture build(Api api, TeamStore teams, GroupStore groups, JdbcTemplate jdbc) throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        groups.create(new Group(unitA, "Alpha unit " + unitA, null), "tester", now);
        groups.create(new Group(subA, "Alpha sub " + subA, unitA), "tester", now);
        groups.create(new Group(unitB, "Beta unit " + unitB, null), "tester", now);
        team(teams, groups, a1, unitA, now);
        team(teams, groups, a2, subA, now);
        team(teams, groups, a3, unitA, now);
        team(teams, groups, b1, unitB, now);
        team(teams, groups, b2, unitB, now);
        team(teams, groups, loose, null, now);
        assess(api, a1, "docs/examples/full-questionnaire.json");
        assess(api, a2, "docs/examples/team.json");
        assess(api, a3, "docs/examples/team.json");
        assess(api, b1, "docs/examples/team.json");
        assess(api, loose, "docs/examples/team.json");
        jdbc.update("update team set archived_at = ? where id = ?", now, a3);
        groups.bumpRevision();
        return this;
    }

    /** A team's name as the pages show it. */
    static String name(String id) {
        return "Team " + id;
    }

    private static void team(TeamStore teams, GroupStore groups, String id, String group, OffsetDateTime now) {
        teams.create(id, name(id), "tester", now);
        if (group != null) {
            groups.place(id, group);
        }
    }

    private static void assess(Api api, String id, String file) throws Exception {
        ObjectNode input = (ObjectNode) JSON.readTree(Files.readString(Path.of(file)));
        input.remove("team");
        var stored = api.postJson("/api/teams/" + id + "/assessments", JSON.writeValueAsString(input));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    }
}
