package org.maturityadvisor.security;

import java.util.Optional;

import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;

/**
 * What a caller may do, decided from their grants and (for an API token) its reach, with no request or database in
 * sight: the role they hold on a team, on a group, anywhere, and the teams on which they hold a role. Nothing here is
 * ever wider than the grants: a token's reach only narrows.
 */
record Access(Grants grants, Reach reach) {

    static final Access NONE = new Access(Grants.NONE, Reach.UNLIMITED);

    static Access of(Grants grants) {
        return new Access(grants, Reach.UNLIMITED);
    }

    /** The role on the team {@code teamId}, which sits in {@code groupId} (null: directly in the organisation). */
    Optional<Role> onTeam(String teamId, String groupId, GroupTree tree) {
        if (reach.team() != null && !reach.team().equals(teamId)) {
            return Optional.empty();
        }
        if (reach.group() != null && (groupId == null || !tree.within(reach.group()).contains(groupId))) {
            return Optional.empty();
        }
        return capped(grants.onTeam(groupId, tree));
    }

    /** The role on a group (a token scoped to one team reaches no group as such). */
    Optional<Role> onGroup(String groupId, GroupTree tree) {
        if (reach.team() != null) {
            return Optional.empty();
        }
        if (reach.group() != null && !tree.within(reach.group()).contains(groupId)) {
            return Optional.empty();
        }
        return capped(grants.onGroup(groupId, tree));
    }

    /** The highest role held anywhere within reach: a URL rule asking for a role passes with it. */
    Optional<Role> anywhere(GroupTree tree) {
        if (reach.team() != null) {
            return onTeam(reach.team(), reach.teamGroup(), tree);
        }
        if (reach.group() != null) {
            return capped(grants.withinGroup(reach.group(), tree));
        }
        return capped(grants.anywhere());
    }

    /** The teams on which the caller holds at least {@code least}, archived ones left out. */
    TeamSet teams(Role least, GroupTree tree) {
        if (reach.cap() != null && !reach.cap().includes(least)) {
            return TeamSet.none();
        }
        TeamSet teams = grants.teams(least, tree);
        if (reach.team() != null) {
            teams = teams.onlyTeam(reach.team());
        }
        if (reach.group() != null) {
            teams = teams.inGroups(tree.within(reach.group()));
        }
        return teams;
    }

    private Optional<Role> capped(Optional<Role> role) {
        return reach.cap() == null ? role : role.map(held -> Grants.lower(held, reach.cap()));
    }
}
