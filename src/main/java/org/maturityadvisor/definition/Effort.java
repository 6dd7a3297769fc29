package org.maturityadvisor.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.maturityadvisor.wire.WireId;

/**
 * The rough effort of adopting a practice; ordered, so a roadmap can put cheap steps first. {@link #NOT_GIVEN} is a
 * table that leaves the Effort cell blank because its source gives none: it is shown as "not given" and orders after
 * every stated effort (a step of unknown effort is never planned as if it were cheap).
 */
public enum Effort implements WireId {
    SMALL, MEDIUM, LARGE, NOT_GIVEN;

    /** The cell's text: small, medium, large; "" for not given (a blank cell). */
    public String label() {
        return this == NOT_GIVEN ? "" : name().toLowerCase(Locale.ROOT);
    }

    /** The wire id: small, medium, large, not-given. */
    @Override
    public String id() {
        return this == NOT_GIVEN ? "not-given" : label();
    }

    /** For people: small, medium, large, not given. */
    public String words() {
        return this == NOT_GIVEN ? "not given" : label();
    }

    /** Whether the table states an effort. */
    public boolean given() {
        return this != NOT_GIVEN;
    }

    /** A stated effort from its cell text; blank is not a stated effort (the reader decides whether blank is allowed). */
    public static Optional<Effort> fromLabel(String text) {
        return Arrays.stream(values()).filter(Effort::given).filter(effort -> effort.label().equals(text)).findFirst();
    }
}
