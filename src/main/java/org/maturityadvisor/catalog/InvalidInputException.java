package org.maturityadvisor.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A team's input was rejected; carries every problem found, not just the first. */
public class InvalidInputException extends RuntimeException {

    private final transient List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
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
