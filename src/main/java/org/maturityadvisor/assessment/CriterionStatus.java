package org.maturityadvisor.assessment;

import java.util.Locale;

import org.maturityadvisor.wire.WireId;

/** What the rules concluded about one criterion for one team. */
public enum CriterionStatus implements WireId {
    /** The answer reaches the required value. */
    MET,
    /** Scored models: the answer earns some points, but not full points. */
    PARTIAL,
    /** The team answered, and the answer is below the required value (earns no points in a scored model). */
    ABSENT,
    /**
     * The team did not answer the practice, or its answer lacks what the criterion asks beyond the value (evidence,
     * confirmation, freshness: see {@link Doubt}); the level cannot be claimed until it does.
     */
    UNKNOWN,
    /** The criterion does not apply to the team (its context, or the team's reasoned "not applicable"). */
    NOT_APPLICABLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The wire id: the same as the label. */
    @Override
    public String id() {
        return label();
    }

    /**
     * For people, beside a blocker: {@code unknown: not answered} stays apart from {@code answered, below what is
     * required} (not "answered below", which reads as "further down the page").
     */
    public String words() {
        return switch (this) {
            case UNKNOWN -> "unknown: not answered";
            case ABSENT -> "answered, below what is required";
            case NOT_APPLICABLE -> "not applicable";
            default -> label();
        };
    }
}
