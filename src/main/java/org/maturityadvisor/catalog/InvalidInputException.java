package org.maturityadvisor.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A team's input was rejected; carries every problem found, not just the first. */
public class InvalidInputException extends RuntimeException {

    private final transient List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(errors.stream().limit(10).map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; "))
                + (errors.size() > 10 ? "; and " + (errors.size() - 10) + " more" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }

    public static void throwIfAny(List<InputError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
