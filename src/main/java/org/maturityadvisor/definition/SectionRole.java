package org.maturityadvisor.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.maturityadvisor.wire.WireId;

/**
 * What a section of a checklist model counts for: a <b>required</b> section must be complete for the model's verdict
 * (level 1); an <b>extra</b> section goes beyond it, and its progress is reported beside the verdict. Declared in the
 * Role cell of the model's Dimensions (Sections) table.
 */
public enum SectionRole implements WireId {
    REQUIRED, EXTRA;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String id() {
        return label();
    }

    public static Optional<SectionRole> fromLabel(String text) {
        return Arrays.stream(values()).filter(role -> role.label().equals(text)).findFirst();
    }
}
