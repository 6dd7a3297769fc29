package org.maturityadvisor.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was rejected; carries every problem found, not just the first, and what was being read (its subject: "team
 * input", "simulation", "paging parameter", ...), which a problem response's title names.
 */
public class InvalidInputException extends RuntimeException {

    public static final String TEAM_INPUT = "team input";

    private final transient List<InputError> errors;
    private final String subject;

    /** A team's input (an assessment's body or file) was rejected. */
    public InvalidInputException(List<InputError> errors) {
        this(TEAM_INPUT, errors);
    }

    public InvalidInputException(String subject, List<InputError> errors) {
        super(errors.stream().limit(10).map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; "))
                + (errors.size() > 10 ? "; and " + (errors.size() - 10) + " more" : ""));
        this.errors = List.copyOf(errors);
        this.subject = subject;
    }

    /** What was being read, e.g. {@code simulation}. */
    public String subject() {
        return subject;
    }

    /** What failed, as a problem's title: {@code Invalid simulation}. */
    public String title() {
        return "Invalid " + subject;
    }

    /** The same errors, as a problem of reading {@code subject}. */
    public InvalidInputException as(String subject) {
        return new InvalidInputException(subject, errors);
    }

    public List<InputError> errors() {
        return errors;
    }

    public static void throwIfAny(List<InputError> errors) {
        throwIfAny(TEAM_INPUT, errors);
    }

    public static void throwIfAny(String subject, List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(subject, errors);
        }
    }
}
