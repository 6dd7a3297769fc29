package org.maturityadvisor.trace;

import java.util.Locale;

import org.maturityadvisor.wire.WireId;

/** What one result made of one table row, in words beside its colour. */
public enum TraceMark implements WireId {
    /** The level (or band) row that decides the result: the one reached, or the first not reached. */
    DECIDING("decides the level"),
    /** A criterion (test, statement) that blocks the first level not reached: the answer is below what it requires. */
    BLOCKING_ABSENT("blocking: answered below what is required"),
    /** A criterion that blocks the first level not reached because its answer is unknown (with the doubt). */
    BLOCKING_UNKNOWN("blocking: unknown"),
    /** Met, on an answer older than its practice's answers stay valid. */
    STALE("met, but stale"),
    /** Met. */
    MET("met"),
    /** Left out: the team marked it not applicable, or its context falls outside the row's Applies when. */
    NOT_APPLICABLE("not applicable"),
    /** Not met, but blocking nothing yet: above the first level not reached, or in an extra section. */
    NOT_BLOCKING("not met, not blocking yet"),
    /** Describes the model; this result reads nothing from it. */
    NONE("describes the model");

    private final String words;

    TraceMark(String words) {
        this.words = words;
    }

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String words() {
        return words;
    }
}
