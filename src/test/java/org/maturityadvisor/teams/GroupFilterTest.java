package org.maturityadvisor.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;

/**
 * The {@code group} filter against a tree (retail > pricing, platform) and what the caller may read: a group narrows
 * to itself and below; an unknown group and one the caller may not read are refused in the same words but the id.
 * And the roll-up's median: the level of the middle team, the lower of two.
 */
class GroupFilterTest {

    private static final GroupTree TREE = GroupTree.of(List.of(new Group("retail", "Retail", null),
            new Group("pricing", "Pricing", "retail"), new Group("platform", "Platform", null)));
    private static final Map<String, TeamSet> READERS = Map.of(
            "everyone", TeamSet.active(),
            "retail-only", new TeamSet(TREE.within("retail"), null, false),
            "pricing-only", new TeamSet(TREE.within("pricing"), null, false));

    @ParameterizedTest(name = "{0} filtering by {1}: {2}")
    @CsvSource({
        "everyone,     '',        everything",
        "everyone,     retail,    pricing retail",
        "everyone,     pricing,   pricing",
        "everyone,     platform,  platform",
        "everyone,     nowhere,   refused",
        "retail-only,  '',        pricing retail",
        "retail-only,  pricing,   pricing",
        "retail-only,  platform,  refused",
        "pricing-only, retail,    refused",
        "pricing-only, pricing,   pricing",
    })
    void aGroupNarrowsToItselfAndBelowWithinWhatTheCallerReads(String reader, String group, String expected) {
        GroupFilter.Read read = GroupFilter.read(group, TREE, READERS.get(reader));
        if (expected.equals("refused")) {
            assertThat(read.teams()).isNull();
            assertThat(read.error().field()).isEqualTo("group");
            assertThat(read.error().reason()).isEqualTo(GroupFilter.read("nowhere", TREE, TeamSet.active()).error()
                    .reason().replace("nowhere", group));
        } else if (expected.equals("everything")) {
            assertThat(read.teams().wholeOrganisation()).isTrue();
        } else {
            assertThat(read.teams().groups()).isEqualTo(Set.of(expected.split(" ")));
            assertThat(read.teams().archived()).isFalse();
        }
    }

    @ParameterizedTest(name = "teams at levels {0}: median {1}")
    @CsvSource({
        "'',          none",
        "'1:1',       1",
        "'0:1 2:1',   0",
        "'0:1 1:1 3:1', 1",
        "'0:3 4:1',   0",
        "'1:1 2:3',   2",
    })
    void theMedianIsTheMiddleTeamsLevel(String counts, String expected) {
        Map<Integer, Integer> at = new java.util.LinkedHashMap<>();
        for (String pair : counts.split(" ")) {
            if (!pair.isEmpty()) {
                at.put(Integer.parseInt(pair.split(":")[0]), Integer.parseInt(pair.split(":")[1]));
            }
        }
        Integer median = RollUp.median(at);
        assertThat(median == null ? "none" : median.toString()).isEqualTo(expected);
    }
}
