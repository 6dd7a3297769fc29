package org.maturityadvisor.organisation;

/**
 * The teams the caller of the current request may read: every listing (team lists, the portfolio and its charts,
 * exports, the heat map) narrows what it reads to this set, so that a caller never sees a team outside their grants.
 * Archived teams are not in it ({@link TeamSet#withArchived} adds them where a page asks for them).
 */
public interface CallerTeams {

    TeamSet readable();
}
