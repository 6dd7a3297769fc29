package org.maturityadvisor.definition;

/**
 * How a cell a table may leave blank (remediation, level name, description) is shown: "not given", never an empty
 * cell, "null" or a made-up value. Effort has its own {@link Effort#NOT_GIVEN}.
 */
public final class NotGiven {

    public static final String WORDS = "not given";

    private NotGiven() {
    }

    /** The text, or "not given" when the table leaves it blank. */
    public static String or(String text) {
        return text == null || text.isBlank() ? WORDS : text;
    }
}
