package org.maturityadvisor.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.maturityadvisor.wire.WireId;

/** The rough effort of adopting a practice; ordered, so a roadmap can put cheap steps first. */
public enum Effort implements WireId {
    SMALL, MEDIUM, LARGE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The wire id: the same as the label. */
    @Override
    public String id() {
        return label();
    }

    public static Optional<Effort> fromLabel(String text) {
        return Arrays.stream(values()).filter(effort -> effort.label().equals(text)).findFirst();
    }
}
