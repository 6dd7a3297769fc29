package org.maturityadvisor.organisation;

/**
 * The teams the caller of the current request may read: every listing (team lists, the portfolio and its charts,
 * exports, the heat map) narrows what it reads to this set, so that a caller never sees a team outside their grants.
 * Archived teams are not in it ({@link TeamSet#withArchived} adds them where a page asks for them).
 */
public interface CallerTeams {

    TeamSet readable();

    /**
     * The teams the caller may change (store assessments, plans, confirmations; rename, move, archive): an assessor's.
     * A team is placed in, or moved to, a group only when that group is in this set too
     * ({@code writable().inGroups(Set.of(group))} not empty, or the whole organisation).
     */
    TeamSet writable();

    /** Whether the caller may place a team in {@code groupId} (null: directly in the organisation). */
    default boolean mayPlaceIn(String groupId) {
        TeamSet writable = writable();
        return writable.team() == null
                && (writable.wholeOrganisation() || groupId != null && writable.groups().contains(groupId));
    }
}
