package org.maturityadvisor.organisation;

import java.util.HashSet;
import java.util.Set;

/**
 * Which teams a reading (a list, the portfolio, a chart, an export, a gauge) may include: the whole organisation
 * ({@code groups} null) or only the teams of some groups, at most one team ({@code team} non-null), and whether
 * archived teams count. The groups are already closed under sub-groups ({@link GroupTree#within}): a team is in the set
 * when its own group is listed. A team outside every group is only in a set of the whole organisation.
 */
public record TeamSet(Set<String> groups, String team, boolean archived) {

    public TeamSet {
        groups = groups == null ? null : Set.copyOf(groups);
    }

    /** Every team that is not archived: what a listing shows by default to a caller who may see the organisation. */
    public static TeamSet active() {
        return new TeamSet(null, null, false);
    }

    /** Every team, archived ones too. */
    public static TeamSet everything() {
        return new TeamSet(null, null, true);
    }

    /** No team at all: what a caller with no grant on anything reads. */
    public static TeamSet none() {
        return new TeamSet(Set.of(), null, false);
    }

    public boolean wholeOrganisation() {
        return groups == null;
    }

    /** The same set, archived teams included or not. */
    public TeamSet withArchived(boolean include) {
        return new TeamSet(groups, team, include);
    }

    /** Only the teams of these groups (already closed under sub-groups) within this set. */
    public TeamSet inGroups(Set<String> only) {
        return narrowedTo(new TeamSet(only, null, true));
    }

    /** Only this team, if it is in this set at all. */
    public TeamSet onlyTeam(String id) {
        return narrowedTo(new TeamSet(null, id, true));
    }

    /** The teams in both sets: the groups both name, the one team both allow, archived only when both include them. */
    public TeamSet narrowedTo(TeamSet other) {
        Set<String> both;
        if (groups == null) {
            both = other.groups;
        } else if (other.groups == null) {
            both = groups;
        } else {
            both = new HashSet<>(groups);
            both.retainAll(other.groups);
        }
        String one = team == null ? other.team : team;
        if (team != null && other.team != null && !team.equals(other.team)) {
            return none();
        }
        return new TeamSet(both, one, archived && other.archived);
    }

    /** Whether a team in {@code groupId} (null: outside every group), archived or not, is in this set. */
    public boolean includes(String teamId, String groupId, boolean isArchived) {
        if (isArchived && !archived) {
            return false;
        }
        if (team != null && !team.equals(teamId)) {
            return false;
        }
        return groups == null || groupId != null && groups.contains(groupId);
    }

    /** Whether the set can hold no team at all (then a reading need not ask the database). */
    public boolean empty() {
        return groups != null && groups.isEmpty();
    }
}
