package org.maturityadvisor.input;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.Closest;
import org.maturityadvisor.catalog.ContextField;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.PracticeCatalog;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads team input strictly: unknown fields, unknown practice ids and values of the wrong type are all reported,
 * together, each with its field. An answer of {@code null} means "not answered", like leaving the practice out.
 */
public final class TeamInputReader {

    /** The name shown for a team whose input gives none: {@code team} is optional, a label only. */
    public static final String UNNAMED = "unnamed team";
    private static final Set<String> FIELDS = Set.of("team", "context", "answers");
    private static final Set<String> CONTEXT_FIELDS = Set.of("mlUseCases", "businessCritical", "inProduction");
    /** The size of the column a team's name is stored in. */
    public static final int MAX_TEAM_NAME = 200;
    /**
     * A practice answered twice is ambiguous: refuse it rather than keep whichever came last. Content after the
     * document (a second object) is refused too, rather than silently dropped.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private TeamInputReader() {
    }

    public static TeamProfile read(String json, PracticeCatalog catalog) {
        return read(parse(json), catalog);
    }

    public static TeamProfile read(String json, PracticeCatalog catalog, InputOptions options) {
        return read(parse(json), catalog, options);
    }

    /** Read as of today, with the default evidence limits. */
    public static TeamProfile read(JsonNode input, PracticeCatalog catalog) {
        return read(input, catalog, InputOptions.today());
    }

    public static TeamProfile read(JsonNode input, PracticeCatalog catalog, InputOptions options) {
        List<InputError> errors = new ArrayList<>();
        if (input == null || !input.isObject()) {
            throw new InvalidInputException(List.of(new InputError("(body)", "expected a JSON object with team, "
                    + "context and answers")));
        }
        input.properties().stream().map(Map.Entry::getKey).filter(name -> !FIELDS.contains(name))
                .forEach(name -> errors.add(new InputError(name, "unknown field; expected team, context, answers"
                        + Closest.suggestion(name, FIELDS))));
        String team = team(input.get("team"), errors);
        TeamContext context = context(input.get("context"), catalog, errors);
        Answers answers = answers(input.get("answers"), catalog, options, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new TeamProfile(team, context, answers);
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException(List.of(new InputError("(body)", "not valid JSON" + where + ": "
                    + e.getOriginalMessage())));
        }
    }

    private static String team(JsonNode node, List<InputError> errors) {
        if (node == null || node.isNull()) {
            return UNNAMED; // only a label on the report: an anonymous assessment or simulation may leave it out
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            errors.add(new InputError("team", "expected the team's name as a non-empty string, or leave it out"));
            return UNNAMED;
        }
        String name = node.stringValue().strip();
        if (name.length() > MAX_TEAM_NAME) {
            errors.add(new InputError("team", "at most " + MAX_TEAM_NAME + " characters, got " + name.length()
                    + ": " + Echo.quoted(name)));
        }
        return name;
    }

    private static TeamContext context(JsonNode node, PracticeCatalog catalog, List<InputError> errors) {
        if (node == null || node.isNull()) {
            return TeamContext.unknown();
        }
        Set<String> known = new LinkedHashSet<>(CONTEXT_FIELDS);
        catalog.contextFields().forEach(field -> known.add(field.name()));
        if (!node.isObject()) {
            errors.add(new InputError("context", "expected an object with " + String.join(", ", known)));
            return TeamContext.unknown();
        }
        Map<String, String> declared = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            if (CONTEXT_FIELDS.contains(name)) {
                continue;
            }
            Optional<ContextField> field = catalog.contextField(name);
            if (field.isEmpty()) {
                errors.add(new InputError("context." + name, "unknown field; expected " + String.join(", ", known)
                        + Closest.suggestion(name, known)));
            } else if (!entry.getValue().isNull()) {
                try {
                    declared.put(name, field.get().value(scalar(entry.getValue())));
                } catch (IllegalArgumentException e) {
                    errors.add(new InputError("context." + name, e.getMessage()));
                }
            }
        }
        return new TeamContext(count(node.get("mlUseCases"), errors), flag(node, "businessCritical", errors),
                flag(node, "inProduction", errors), declared);
    }

    private static Integer count(JsonNode node, List<InputError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            errors.add(new InputError("context.mlUseCases", "expected a whole number of 0 or more, got "
                    + Echo.of(node.toString())));
            return null;
        }
        return node.intValue();
    }

    private static Boolean flag(JsonNode context, String name, List<InputError> errors) {
        JsonNode node = context.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(new InputError("context." + name, "expected true or false, got " + Echo.of(node.toString())));
            return null;
        }
        return node.booleanValue();
    }

    private static Answers answers(JsonNode node, PracticeCatalog catalog, InputOptions options,
                                   List<InputError> errors) {
        if (node == null || node.isNull()) {
            return Answers.none();
        }
        if (!node.isObject()) {
            errors.add(new InputError("answers", "expected an object of practice id to answer"));
            return Answers.none();
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        ClaimReader claims = new ClaimReader(options, errors);
        int before = errors.size();
        node.properties().forEach(entry -> {
            if (entry.getValue().isObject()) {
                claims.read("answers." + entry.getKey(), entry.getValue()).ifPresent(c -> raw.put(entry.getKey(), c));
            } else {
                raw.put(entry.getKey(), scalar(entry.getValue()));
            }
        });
        try {
            Answers answers = catalog.answers(raw, "answers.", options.day());
            return errors.size() > before ? Answers.none() : answers;
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return Answers.none();
        }
    }

    /** A JSON answer as a Java scalar for the catalog to check; objects and arrays come through as their text. */
    static Serializable scalar(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isString() ? value.stringValue() : new JsonText(value.toString());
    }

    /** A non-scalar or numeric answer, kept only to be named in the error. */
    private record JsonText(String json) implements Serializable {
        @Override
        public String toString() {
            return json;
        }
    }
}
