package org.maturityadvisor.web;

import java.util.Optional;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The one wording of a request parameter a handler could not take (text where a number goes, a version number past
 * the largest, an empty or missing value): the parameter named, and why. The API answers it as a 400 problem, the
 * workbench as a 400 page.
 */
public final class ParameterErrors {

    private ParameterErrors() {
    }

    /** The parameter at fault, when {@code e} is about one. */
    public static Optional<InputError> of(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return Optional.of(new InputError(mismatch.getName(), expected(mismatch) + ", got "
                    + Echo.quoted(mismatch.getValue() == null ? "" : mismatch.getValue().toString())));
        }
        if (e instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return Optional.of(new InputError(mismatch.getPropertyName(), expected(mismatch)));
        }
        if (e instanceof MissingPathVariableException missing) {
            return Optional.of(new InputError(missing.getVariableName(), "missing from the path"));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return Optional.of(new InputError(missing.getParameterName(), missing.isMissingAfterConversion()
                    ? "required, and given no value" : "required, and missing"));
        }
        return Optional.empty();
    }

    /** What the parameter takes: the refusal of a type that checks its own text, or the type's name for people. */
    private static String expected(TypeMismatchException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof IllegalArgumentException refused && !(cause instanceof NumberFormatException)
                && refused.getMessage() != null) {
            return refused.getMessage();
        }
        Class<?> type = e.getRequiredType();
        if (type == null) {
            return "a value of another type";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "expected a whole number from " + (type == Long.class || type == long.class
                    ? Long.MIN_VALUE + " to " + Long.MAX_VALUE : Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        if (type == Boolean.class || type == boolean.class) {
            return "expected true or false";
        }
        return "expected a " + type.getSimpleName();
    }
}
