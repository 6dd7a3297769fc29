package org.maturityadvisor.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** retail > pricing > promos, retail > stores, risk: paths, what lies within a group, and which new parents keep a tree. */
class GroupTreeTest {

    private static final GroupTree TREE = GroupTree.of(List.of(new Group("promos", "Promotions", "pricing"),
            new Group("risk", "Risk", null), new Group("retail", "Retail", null),
            new Group("stores", "Stores", "retail"), new Group("pricing", "Pricing", "retail")));

    @Test
    void listsUnitsByNameEachFollowedByItsSubGroups() {
        assertThat(TREE.all()).extracting(Group::id).containsExactly("retail", "pricing", "promos", "stores", "risk");
        assertThat(TREE.roots()).extracting(Group::id).containsExactly("retail", "risk");
    }

    @Test
    void aPathRunsFromTheUnitDownAndReadsAsWords() {
        assertThat(TREE.path("promos")).extracting(Group::id).containsExactly("retail", "pricing", "promos");
        assertThat(TREE.pathWords("promos")).isEqualTo("Retail › Pricing › Promotions");
        assertThat(TREE.unitOf("promos")).map(Group::id).hasValue("retail");
        assertThat(TREE.depth("promos")).isEqualTo(3);
        assertThat(TREE.path("nowhere")).isEmpty();
    }

    @Test
    void withinAGroupAreItAndEveryGroupBelowIt() {
        assertThat(TREE.within("retail")).containsExactlyInAnyOrder("retail", "pricing", "promos", "stores");
        assertThat(TREE.within("pricing")).containsExactlyInAnyOrder("pricing", "promos");
        assertThat(TREE.within(List.of("promos", "risk"))).containsExactlyInAnyOrder("promos", "risk");
        assertThat(TREE.within("nowhere")).isEmpty();
    }

    static Stream<Arguments> parents() {
        return Stream.of(
                Arguments.of(null, "retail", null),
                Arguments.of(null, null, null),
                Arguments.of("stores", "risk", null),
                Arguments.of("pricing", null, null),
                Arguments.of(null, "nowhere", "no group nowhere"),
                Arguments.of("retail", "retail", "a group cannot be its own parent"),
                Arguments.of("retail", "promos", "group promos is below retail: moving it there would make a loop"));
    }

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @MethodSource("parents")
    void aNewParentKeepsTheGroupsATree(String group, String parent, String refusal) {
        assertThat(TREE.refuseParent(group, parent).orElse(null)).isEqualTo(refusal);
    }

    @Test
    void groupsNestAtMostSixDeep() {
        List<Group> chain = Stream.iterate(1, n -> n + 1).limit(GroupTree.MAX_DEPTH)
                .map(n -> new Group("g" + n, "G" + n, n == 1 ? null : "g" + (n - 1))).toList();
        GroupTree deep = GroupTree.of(chain);
        assertThat(deep.refuseParent(null, "g5")).isEmpty();
        assertThat(deep.refuseParent(null, "g6")).hasValue("too deep: groups nest at most 6 levels");
        assertThat(GroupTree.of(Stream.concat(chain.stream(), Stream.of(new Group("x", "X", null))).toList())
                .refuseParent("g1", "x")).hasValue("too deep: groups nest at most 6 levels");
    }

    @Test
    void aTeamSetNarrowsByGroupTeamAndArchive() {
        TeamSet retail = TeamSet.active().inGroups(TREE.within("retail"));
        assertThat(retail.includes("t", "promos", false)).isTrue();
        assertThat(retail.includes("t", "risk", false)).isFalse();
        assertThat(retail.includes("t", null, false)).as("a team outside every group").isFalse();
        assertThat(TeamSet.active().includes("t", null, false)).isTrue();
        assertThat(TeamSet.active().includes("t", null, true)).as("archived").isFalse();
        assertThat(TeamSet.everything().includes("t", null, true)).isTrue();
        assertThat(retail.onlyTeam("a").includes("b", "promos", false)).isFalse();
        assertThat(retail.onlyTeam("a").narrowedTo(TeamSet.everything().onlyTeam("b")).empty()).isTrue();
        assertThat(retail.inGroups(Set.of("risk")).empty()).isTrue();
        assertThat(TeamSet.none().includes("t", "retail", false)).isFalse();
    }
}
