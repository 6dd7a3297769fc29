package org.maturityadvisor.assessment;

/**
 * Inserted by the rules: the team's stated context falls outside one condition of a criterion's Applies when (its
 * {@code field} is {@code value}, which the condition does not allow).
 */
public record Inapplicable(String criterion, String field, String value) {

    /** "inference is batch". */
    public String words() {
        return field + " is " + value;
    }
}
