package org.maturityadvisor.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every change to the groups decided on retail > pricing > promos, retail > stores, risk (risk holds no group): each
 * allowed one allowed, each refused one refused with its kind (400, 404, 409) and the field and reason it names.
 */
class GroupChangeTest {

    private static final GroupTree TREE = GroupTree.of(List.of(new Group("promos", "Promotions", "pricing"),
            new Group("risk", "Risk", null), new Group("retail", "Retail", null),
            new Group("stores", "Stores", "retail"), new Group("pricing", "Pricing", "retail")));
    private static final int MAX_NAME = 20;

    static Stream<Arguments> creations() {
        return Stream.of(
                Arguments.of("a unit", "fraud", "Fraud", null, null),
                Arguments.of("a sub-unit", "loans", "Loans", "risk", null),
                Arguments.of("below the deepest but one", "deals", "Deals", "promos", null),
                Arguments.of("no id", "", "X", null, "INVALID id: required: lower-case letters"),
                Arguments.of("id not a slug", "Risk Two", "X", null, "INVALID id: expected lower-case letters and "
                        + "digits in words joined by '-', at most 64 characters (e.g. retail-pricing); got \"Risk Two\""),
                Arguments.of("id too long", "a".repeat(65), "X", null, "INVALID id: expected lower-case"),
                Arguments.of("id of the teams outside every unit", "none", "None", null,
                        "INVALID id: \"none\" is reserved"),
                Arguments.of("no name", "x", " ", null, "INVALID name: required: the group's name, 1 to 20"),
                Arguments.of("name too long", "x", "N".repeat(21), null, "INVALID name: at most 20 characters, got 21"),
                Arguments.of("unknown parent", "x", "X", "nowhere", "INVALID parent: no group nowhere"),
                Arguments.of("id taken", "pricing", "Again", null, "CONFLICT id: group pricing exists already "
                        + "(Retail › Pricing)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creations")
    void aNewGroupNeedsASlugIdANameAndAParentThatExists(String why, String id, String name, String parent,
                                                       String refusal) {
        assertThat(words(GroupChange.create(TREE, id, name, parent, MAX_NAME))).as(why)
                .startsWith(refusal == null ? "" : refusal);
        assertThat(GroupChange.create(TREE, id, name, parent, MAX_NAME).isPresent()).isEqualTo(refusal != null);
    }

    @Test
    void everyBadFieldOfANewGroupIsNamedAtOnce() {
        GroupChange.Refusal refusal = GroupChange.create(TREE, "Bad Id", "", "nowhere", MAX_NAME).orElseThrow();
        assertThat(refusal.kind()).isEqualTo(GroupChange.Kind.INVALID);
        assertThat(refusal.problems()).extracting(GroupChange.Problem::field).containsExactly("id", "name", "parent");
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("rename", "pricing", "Prices", false, null, null),
                Arguments.of("move a sub-unit to another unit", "pricing", null, true, "risk", null),
                Arguments.of("make a sub-unit a unit", "stores", null, true, null, null),
                Arguments.of("rename and move", "stores", "Shops", true, "risk", null),
                Arguments.of("unknown group", "nowhere", "X", false, null, "NOT_FOUND id: no group nowhere"),
                Arguments.of("nothing to change", "risk", null, false, null,
                        "INVALID (body): expected a new name, a new parent, or both"),
                Arguments.of("blank name", "risk", "  ", false, null, "INVALID name: required"),
                Arguments.of("own parent", "retail", null, true, "retail",
                        "INVALID parent: a group cannot be its own parent"),
                Arguments.of("a loop", "retail", null, true, "promos",
                        "INVALID parent: group promos is below retail: moving it there would make a loop"),
                Arguments.of("unknown parent", "risk", null, true, "nowhere", "INVALID parent: no group nowhere"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangeKeepsTheGroupsATree(String why, String id, String name, boolean moving, String parent,
                                    String refusal) {
        Optional<GroupChange.Refusal> decided = GroupChange.change(TREE, id, name, moving, parent, MAX_NAME);
        assertThat(decided.isPresent()).as(why).isEqualTo(refusal != null);
        assertThat(words(decided)).as(why).startsWith(refusal == null ? "" : refusal);
    }

    @Test
    void aMoveThatWouldNestTooDeepIsRefused() {
        List<Group> chain = Stream.iterate(1, n -> n + 1).limit(GroupTree.MAX_DEPTH - 1)
                .map(n -> new Group("g" + n, "G" + n, n == 1 ? null : "g" + (n - 1))).toList();
        GroupTree deep = GroupTree.of(Stream.concat(chain.stream(), Stream.of(new Group("x", "X", null),
                new Group("y", "Y", "x"))).toList());
        assertThat(words(GroupChange.change(deep, "x", null, true, "g5", MAX_NAME)))
                .isEqualTo("INVALID parent: too deep: groups nest at most 6 levels");
        assertThat(GroupChange.change(deep, "y", null, true, "g5", MAX_NAME)).isEmpty();
    }

    static Stream<Arguments> deletions() {
        return Stream.of(
                Arguments.of("an empty unit", "risk", 0, null),
                Arguments.of("an empty sub-unit", "stores", 0, null),
                Arguments.of("unknown", "nowhere", 0, "NOT_FOUND id: no group nowhere"),
                Arguments.of("one team", "stores", 1, "CONFLICT id: group stores (Retail › Stores) still holds 1 team:"),
                Arguments.of("teams and sub-groups", "retail", 3,
                        "CONFLICT id: group retail (Retail) still holds 3 teams and 2 sub-groups: move or delete them"
                                + " first; only an empty group is deleted"),
                Arguments.of("a sub-group", "pricing", 0, "CONFLICT id: group pricing (Retail › Pricing) still holds 1"
                        + " sub-group:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deletions")
    void onlyAnEmptyGroupIsDeleted(String why, String id, int teams, String refusal) {
        Optional<GroupChange.Refusal> decided = GroupChange.delete(TREE, id, teams);
        assertThat(decided.isPresent()).as(why).isEqualTo(refusal != null);
        assertThat(words(decided)).as(why).startsWith(refusal == null ? "" : refusal);
    }

    @Test
    void aGroupIdFollowsTheTeamIdRule() {
        assertThat(Group.ID.pattern()).isEqualTo("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(Group.validId("retail-pricing-2")).isTrue();
        assertThat(Group.validId("-retail")).isFalse();
        assertThat(Group.validId("a".repeat(64))).isTrue();
        assertThat(Group.validId("a".repeat(65))).isFalse();
    }

    private static String words(Optional<GroupChange.Refusal> refusal) {
        return refusal.map(r -> r.kind() + " " + r.words()).orElse("");
    }
}
