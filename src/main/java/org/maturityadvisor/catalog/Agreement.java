package org.maturityadvisor.catalog;

import org.maturityadvisor.wire.WireId;

/**
 * How a team's answer to a practice compares with what its repository shows (only for practices some detector looks
 * for): the same value; claimed but not found (nothing, or a lower value, was found); found but answered lower; found
 * and not answered (the answer is taken from the repository); or neither claimed (the lowest value) nor found.
 */
public enum Agreement implements WireId {
    AGREES("agrees", "claimed and observed"),
    CLAIMED_NOT_FOUND("claimed-not-found", "claimed but not found"),
    FOUND_ANSWERED_LOWER("found-answered-lower", "found but answered lower"),
    FOUND_NOT_ANSWERED("found-not-answered", "found, not answered: taken from the repository"),
    NEITHER("neither", "neither claimed nor found");

    private final String id;
    private final String words;

    Agreement(String id, String words) {
        this.id = id;
        this.words = words;
    }

    @Override
    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    /** Whether the team's answer and its repository disagree: what an assessor should look at. */
    public boolean disagrees() {
        return this == CLAIMED_NOT_FOUND || this == FOUND_ANSWERED_LOWER;
    }

    /**
     * The agreement of a claimed rank (-1: unanswered) with an observed rank (-1: looked for, not found).
     */
    public static Agreement of(int claimedRank, int observedRank) {
        if (claimedRank < 0) {
            return observedRank < 0 ? null : FOUND_NOT_ANSWERED;
        }
        if (observedRank < 0) {
            return claimedRank == 0 ? NEITHER : CLAIMED_NOT_FOUND;
        }
        if (observedRank == claimedRank) {
            return AGREES;
        }
        return observedRank > claimedRank ? FOUND_ANSWERED_LOWER : CLAIMED_NOT_FOUND;
    }
}
