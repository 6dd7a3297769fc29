package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;

/**
 * The pure policy of issue 27: the role on a team is the highest of the organisation's and those granted on the
 * team's group and above; a token's reach only narrows; analyst and admin are organisation-wide only.
 */
class AccessPolicyTest {

    /** retail > pricing > dynamic-pricing; payments; a team directly in the organisation has no group. */
    private static final GroupTree TREE = GroupTree.of(List.of(new Group("retail", "Retail", null),
            new Group("pricing", "Pricing", "retail"), new Group("dynamic-pricing", "Dynamic pricing", "pricing"),
            new Group("payments", "Payments", null)));

    private static Grants grants(Role organisation, Grant... onGroups) {
        return Grants.of(organisation, List.of(onGroups));
    }

    private static Grant on(String group, Role role) {
        return new Grant(role, group);
    }

    record Case(String what, Grants grants, Reach reach, String teamId, String teamGroup, Role expected) {
    }

    @TestFactory
    Stream<DynamicTest> theRoleOnATeamIsTheHighestFromTheOrganisationTheGroupAndAboveWithinReach() {
        Grants retailViewer = grants(null, on("retail", Role.VIEWER));
        Grants pricingAssessorOrgViewer = grants(Role.VIEWER, on("pricing", Role.ASSESSOR));
        Reach unlimited = Reach.UNLIMITED;
        return Stream.of(
                new Case("a viewer of a unit reads its team", retailViewer, unlimited, "r1", "retail", Role.VIEWER),
                new Case("... and a team of its sub-group's sub-group", retailViewer, unlimited, "d1",
                        "dynamic-pricing", Role.VIEWER),
                new Case("... not another unit's team", retailViewer, unlimited, "x1", "payments", null),
                new Case("... nor a team directly in the organisation", retailViewer, unlimited, "o1", null, null),
                new Case("the organisation's role reaches a team outside every group", pricingAssessorOrgViewer,
                        unlimited, "o1", null, Role.VIEWER),
                new Case("a group grant above the organisation's wins there", pricingAssessorOrgViewer, unlimited,
                        "d1", "dynamic-pricing", Role.ASSESSOR),
                new Case("... and not above the group", pricingAssessorOrgViewer, unlimited, "r1", "retail",
                        Role.VIEWER),
                new Case("a token capped at viewer", pricingAssessorOrgViewer, new Reach(Role.VIEWER, null, null,
                        null, false), "p1", "pricing", Role.VIEWER),
                new Case("a token of one group reaches nothing outside it", pricingAssessorOrgViewer,
                        new Reach(null, "pricing", null, null, false), "r1", "retail", null),
                new Case("a token of one team reaches that team", retailViewer, new Reach(Role.VIEWER, null, "r1",
                        "retail", true), "r1", "retail", Role.VIEWER),
                new Case("... and no other, even in the same group", retailViewer, new Reach(Role.VIEWER, null,
                        "r1", "retail", true), "r2", "retail", null),
                new Case("a token reaches no further than its owner", retailViewer, new Reach(Role.ADMIN, null,
                        "x1", "payments", false), "x1", "payments", null),
                new Case("no grant, no role", Grants.NONE, unlimited, "r1", "retail", null))
                .map(c -> DynamicTest.dynamicTest(c.what(), () -> assertThat(new Access(c.grants(), c.reach())
                        .onTeam(c.teamId(), c.teamGroup(), TREE)).isEqualTo(Optional.ofNullable(c.expected()))));
    }

    @Test
    void readableAndWritableTeamsFollowTheGrantsAndLeaveArchivedTeamsOut() {
        Access access = Access.of(grants(null, on("retail", Role.VIEWER), on("pricing", Role.ASSESSOR),
                on("payments", Role.VIEWER)));

        TeamSet readable = access.teams(Role.VIEWER, TREE);
        TeamSet writable = access.teams(Role.ASSESSOR, TREE);

        assertThat(readable.groups()).containsExactlyInAnyOrder("retail", "pricing", "dynamic-pricing", "payments");
        assertThat(readable.archived()).isFalse();
        assertThat(writable.groups()).containsExactlyInAnyOrder("pricing", "dynamic-pricing");
        assertThat(writable.includes("r1", "retail", false)).isFalse();
        assertThat(readable.includes("o1", null, false)).as("a team outside every group").isFalse();
        assertThat(Access.of(grants(Role.VIEWER)).teams(Role.VIEWER, TREE)).isEqualTo(TeamSet.active());
        assertThat(Access.NONE.teams(Role.VIEWER, TREE).empty()).isTrue();
    }

    @Test
    void aTokenOfOneTeamReadsThatTeamOnlyAndAReadOnlyCapLeavesNothingToWrite() {
        Access gate = new Access(grants(Role.ASSESSOR), new Reach(Role.VIEWER, null, "r1", "retail", true));

        TeamSet readable = gate.teams(Role.VIEWER, TREE);

        assertThat(readable.includes("r1", "retail", false)).isTrue();
        assertThat(readable.includes("r2", "retail", false)).isFalse();
        assertThat(gate.teams(Role.ASSESSOR, TREE).includes("r1", "retail", false)).isFalse();
        assertThat(gate.anywhere(TREE)).contains(Role.VIEWER);
        assertThat(gate.onGroup("retail", TREE)).as("a team's token reaches no group page").isEmpty();
    }

    @Test
    void theRoleHeldAnywhereIsWhatAUrlRuleAsksFor() {
        Grants grants = grants(Role.VIEWER, on("payments", Role.ASSESSOR));

        assertThat(Access.of(grants).anywhere(TREE)).contains(Role.ASSESSOR);
        assertThat(new Access(grants, new Reach(null, "retail", null, null, false)).anywhere(TREE))
                .as("a token of retail: only the organisation's viewer reaches there").contains(Role.VIEWER);
        assertThat(Access.NONE.anywhere(TREE)).isEmpty();
    }

    @Test
    void theRoleOnAGroupComesFromItAndAboveNeverFromBelow() {
        Access access = Access.of(grants(null, on("pricing", Role.ASSESSOR)));

        assertThat(access.onGroup("dynamic-pricing", TREE)).contains(Role.ASSESSOR);
        assertThat(access.onGroup("retail", TREE)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> analystAndAdminAreOrganisationWideOnly() {
        return Stream.of(Role.values()).flatMap(role -> Stream.of(
                DynamicTest.dynamicTest(role.label() + " on the organisation", () ->
                        assertThat(Grant.refuse(role, null)).isEmpty()),
                DynamicTest.dynamicTest(role.label() + " on a group", () -> {
                    Optional<String> refusal = Grant.refuse(role, "retail");
                    if (role.includes(Role.ANALYST)) {
                        assertThat(refusal).get().asString().contains("organisation only");
                    } else {
                        assertThat(refusal).isEmpty();
                    }
                })));
    }
}
