package org.maturityadvisor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;

import tools.jackson.databind.JsonNode;

/**
 * The body of a publish or rollback, read strictly: {@code {"force": true|false, "reason": "...", "rebase":
 * true|false}}, each optional ({@code rebase} for a publish only).
 * {@code "force": "yes"} used to read as false and go on to publish; an unknown or mistyped field is now a 400.
 */
record ActionBody(boolean force, String reason, boolean rebase) {

    /** @param text the body as sent; none at all means the defaults (no force, no reason) */
    static ActionBody read(String text, Set<String> fields) {
        if (text == null || text.isEmpty()) {
            return new ActionBody(false, null, false);
        }
        JsonNode body;
        try {
            body = TeamInputReader.parse(text); // strict: one document, no duplicate keys
        } catch (InvalidInputException e) {
            throw e.as("request body");
        }
        if (!body.isObject()) {
            throw new InvalidInputException("request body", List.of(new InputError("(body)", "expected a JSON object with "
                    + String.join(", ", fields))));
        }
        List<InputError> errors = new ArrayList<>();
        body.propertyNames().stream().filter(name -> !fields.contains(name)).forEach(name -> errors.add(
                new InputError(name, "unknown field; expected " + String.join(", ", fields))));
        JsonNode force = flag(body, "force", errors);
        JsonNode rebase = flag(body, "rebase", errors);
        JsonNode reason = body.get("reason");
        if (reason != null && !reason.isNull() && !reason.isString()) {
            errors.add(new InputError("reason", "expected a string, got " + Echo.of(reason.toString())));
        }
        InvalidInputException.throwIfAny("request body", errors);
        return new ActionBody(force != null && force.booleanValue(),
                reason == null || reason.isNull() ? null : reason.stringValue(), rebase != null && rebase.booleanValue());
    }

    private static JsonNode flag(JsonNode body, String name, List<InputError> errors) {
        JsonNode flag = body.get(name);
        if (flag != null && !flag.isNull() && !flag.isBoolean()) {
            errors.add(new InputError(name, "expected true or false, got " + Echo.of(flag.toString())));
        }
        return flag;
    }
}
