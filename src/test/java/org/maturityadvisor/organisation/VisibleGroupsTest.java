package org.maturityadvisor.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which groups a caller sees: all of them, the readable ones with the path above them as context, or one team's path. */
class VisibleGroupsTest {

    private static final GroupTree TREE = GroupTree.of(List.of(new Group("promos", "Promotions", "pricing"),
            new Group("risk", "Risk", null), new Group("retail", "Retail", null),
            new Group("stores", "Stores", "retail"), new Group("pricing", "Pricing", "retail")));

    @Test
    void theWholeOrganisationSeesEveryGroupInScope() {
        assertThat(VisibleGroups.of(TREE, TeamSet.active(), null)).extracting(v -> v.group().id() + ":" + v.inScope())
                .containsExactly("retail:true", "pricing:true", "promos:true", "stores:true", "risk:true");
    }

    @Test
    void aCallerOfOneSubUnitSeesItAndBelowInScopeAndTheUnitAboveAsContextOnly() {
        TeamSet pricing = TeamSet.active().inGroups(TREE.within("pricing"));
        assertThat(VisibleGroups.of(TREE, pricing, null)).extracting(v -> v.group().id() + ":" + v.inScope())
                .containsExactly("retail:false", "pricing:true", "promos:true");
    }

    @Test
    void aCallerOfOneTeamSeesOnlyThePathToItsGroupAsContext() {
        TeamSet one = TeamSet.active().onlyTeam("t");
        assertThat(VisibleGroups.of(TREE, one, "stores")).extracting(v -> v.group().id() + ":" + v.inScope())
                .containsExactly("retail:false", "stores:false");
        assertThat(VisibleGroups.of(TREE, one, null)).isEmpty();
        assertThat(VisibleGroups.of(TREE, TeamSet.none(), null)).isEmpty();
        assertThat(VisibleGroups.of(TREE, TeamSet.active().inGroups(Set.of("risk")), null))
                .extracting(v -> v.group().id()).containsExactly("risk");
    }
}
