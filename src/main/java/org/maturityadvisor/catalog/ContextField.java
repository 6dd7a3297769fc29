package org.maturityadvisor.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Something about the team beyond its practices that a criterion may depend on ("Applies when") and the target table
 * may ask: how it serves predictions, whether its domain is regulated. Declared in the catalog as a row whose id
 * starts with {@code context.}; answered in the input's {@code context} object by its {@link #name() short name}.
 */
public record ContextField(String id, PracticeType type, List<String> choices, String question, String help) {

    public static final String PREFIX = "context.";

    public ContextField {
        choices = type == PracticeType.YES_NO ? PracticeType.YES_NO_CHOICES : List.copyOf(choices);
    }

    /** The name the input and the conditions use: the id without {@code context.} ({@code inference}). */
    public String name() {
        return id.substring(PREFIX.length());
    }

    /**
     * A raw context value (Boolean or String) as one of this field's values.
     *
     * @throws IllegalArgumentException with a reason a questionnaire user understands
     */
    public String value(Object raw) {
        String value = raw instanceof Boolean yes && type == PracticeType.YES_NO ? (yes ? "yes" : "no")
                : raw instanceof String text ? text.trim() : null;
        return Optional.ofNullable(value).filter(choices::contains).orElseThrow(() -> new IllegalArgumentException(
                (type == PracticeType.YES_NO ? "expected true or false" : "expected one of " + choices) + ", got "
                        + (raw instanceof String text ? Echo.quoted(text) : Echo.of(String.valueOf(raw)))
                        + (value == null ? "" : Closest.suggestion(value, choices))));
    }
}
