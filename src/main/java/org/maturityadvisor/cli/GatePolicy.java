package org.maturityadvisor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A gate policy file: {@code {"require": {"microsoft": 2, "ml-test-score": 1}}}; every mistake in it is listed. */
final class GatePolicy {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GatePolicy() {
    }

    static Map<String, Integer> read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw invalid("(policy)", "not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("require").isObject()) {
            throw invalid("(policy)", "expected {\"require\": {\"<model>\": <level>, ...}}");
        }
        List<InputError> errors = new ArrayList<>();
        root.propertyNames().stream().filter(name -> !name.equals("require"))
                .forEach(name -> errors.add(new InputError(name, "unknown field; expected require")));
        Map<String, Integer> levels = new LinkedHashMap<>();
        root.get("require").properties().forEach(entry -> {
            if (entry.getValue().isIntegralNumber()) {
                levels.put(entry.getKey(), entry.getValue().intValue());
            } else {
                errors.add(new InputError("require." + entry.getKey(), "expected a level (a whole number), got "
                        + entry.getValue()));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return levels;
    }

    private static InvalidInputException invalid(String field, String reason) {
        return new InvalidInputException(List.of(new InputError(field, reason)));
    }
}
