package org.maturityadvisor.definition;

import java.util.List;

/**
 * One condition on a declared context field, as a table writes it ({@code inference = real-time},
 * {@code inference = batch|both}): met when the team's value is one of {@code values}. A team that does not state the
 * field meets no condition on it, and is not excluded by one either: see where each is used.
 */
public record ContextCondition(String field, List<String> values) {

    public ContextCondition {
        values = List.copyOf(values);
    }

    public boolean allows(String value) {
        return values.contains(value);
    }

    /** As the table writes it: {@code inference = batch|both}. */
    @Override
    public String toString() {
        return field + " = " + String.join("|", values);
    }
}
