package org.maturityadvisor.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.maturityadvisor.wire.WireId;

/** How a practice is answered: yes/no, or one value of an ordered list of choices (lowest first). */
public enum PracticeType implements WireId {
    YES_NO("yes-no"),
    CHOICE("choice");

    /** A yes/no practice is an ordered choice of two: "no" ranks below "yes". */
    static final List<String> YES_NO_CHOICES = List.of("no", "yes");

    private final String label;

    PracticeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The wire id: the same as the label. */
    @Override
    public String id() {
        return label();
    }

    public static Optional<PracticeType> fromLabel(String text) {
        return Arrays.stream(values()).filter(type -> type.label.equals(text)).findFirst();
    }
}
