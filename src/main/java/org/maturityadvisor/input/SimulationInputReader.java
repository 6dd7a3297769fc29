package org.maturityadvisor.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.LimitExceededException;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.simulation.Plan;
import org.maturityadvisor.simulation.PracticeChange;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads what-if requests: a team (as {@link TeamInputReader} reads it) plus plans of practice changes, or a model and
 * target. A change sets a practice to one of its values, to {@code null} (back to unknown) or to {@code "drop"} (its
 * lowest value: the practice is given up). Every problem of the team and of the changes is reported together.
 */
public final class SimulationInputReader {

    private static final String SIMULATION = "simulation";

    /** The change value that gives a practice up: its lowest value ("no", "none", "manual", ...). */
    public static final String DROP = "drop";

    /** A team and the plans to try on it. */
    public record PlansRequest(TeamProfile team, List<Plan> plans) {
    }

    /** A team, a model and the level to reach (null: the one the target table recommends). */
    public record PathRequest(TeamProfile team, String model, Integer target) {
    }

    /** A team and the models to rank single changes over (empty: all). */
    public record ImpactRequest(TeamProfile team, Set<String> models) {
    }

    private SimulationInputReader() {
    }

    public static PlansRequest plans(String json, PracticeCatalog catalog) {
        return plans(json, catalog, Integer.MAX_VALUE);
    }

    /** @throws LimitExceededException when there are more than {@code maxPlans} plans, before any is read */
    public static PlansRequest plans(String json, PracticeCatalog catalog, int maxPlans) {
        List<InputError> errors = new ArrayList<>();
        JsonNode input = parse(json);
        if (input != null && input.path("plans").isArray() && input.get("plans").size() > maxPlans) {
            throw new LimitExceededException("maturity.limits.plans", "plans", maxPlans, "plans");
        }
        TeamProfile team = team(input, Set.of("plans"), catalog, errors);
        List<Plan> plans = new ArrayList<>();
        JsonNode node = input.get("plans");
        if (node == null || !node.isArray() || node.isEmpty()) {
            errors.add(new InputError("plans", "required: a non-empty list of {\"name\": ..., \"changes\": "
                    + "{\"<practiceId>\": value}}"));
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                plan(node.get(i), "plans[" + i + "]", catalog, errors).ifPresent(plan -> {
                    if (!names.add(plan.name())) {
                        errors.add(new InputError("plans", "plan name " + Echo.quoted(plan.name()) + " is used twice"));
                    }
                    plans.add(plan);
                });
            }
        }
        InvalidInputException.throwIfAny(SIMULATION, errors);
        return new PlansRequest(team, plans);
    }

    public static PathRequest path(String json, PracticeCatalog catalog) {
        List<InputError> errors = new ArrayList<>();
        JsonNode input = parse(json);
        TeamProfile team = team(input, Set.of("model", "target"), catalog, errors);
        String model = text(input.get("model"), "model", errors);
        Integer target = null;
        JsonNode node = input.get("target");
        if (node != null && !node.isNull()) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                errors.add(new InputError("target", "expected a level number, or leave it out for the recommended "
                        + "target; got " + Echo.of(node.toString())));
            } else {
                target = node.intValue();
            }
        }
        InvalidInputException.throwIfAny(SIMULATION, errors);
        return new PathRequest(team, model, target);
    }

    public static ImpactRequest impact(String json, PracticeCatalog catalog) {
        List<InputError> errors = new ArrayList<>();
        JsonNode input = parse(json);
        TeamProfile team = team(input, Set.of("models"), catalog, errors);
        Set<String> models = new LinkedHashSet<>();
        JsonNode node = input.get("models");
        if (node != null && !node.isNull()) {
            if (!node.isArray()) {
                errors.add(new InputError("models", "expected a list of model ids, or leave it out for all"));
            } else {
                node.forEach(id -> models.add(text(id, "models", errors)));
            }
        }
        InvalidInputException.throwIfAny(SIMULATION, errors);
        return new ImpactRequest(team, models);
    }

    /** Reads a {@code changes} object (practice id to value, null or "drop"), e.g. a scenario's what-if. */
    public static List<PracticeChange> changes(JsonNode changes, String field, PracticeCatalog catalog) {
        List<InputError> errors = new ArrayList<>();
        List<PracticeChange> parsed = new ArrayList<>();
        if (changes == null || !changes.isObject()) {
            errors.add(new InputError(field, "expected an object of practice id to the new value"));
        } else {
            changes.properties().forEach(entry -> change(entry.getKey(), scalar(entry.getValue()),
                    field + "." + entry.getKey(), catalog, errors).ifPresent(parsed::add));
        }
        InvalidInputException.throwIfAny(SIMULATION, errors);
        return parsed;
    }

    /** Parses {@code practice=value} pairs from the command line as one plan. */
    public static Plan plan(String name, Map<String, String> changes, PracticeCatalog catalog) {
        List<InputError> errors = new ArrayList<>();
        List<PracticeChange> parsed = new ArrayList<>();
        changes.forEach((practice, value) -> change(practice, "unknown".equals(value) ? null : value, "--set "
                + practice, catalog, errors).ifPresent(parsed::add));
        InvalidInputException.throwIfAny(SIMULATION, errors);
        return new Plan(name, parsed);
    }

    /** The body as JSON; not JSON at all is a problem of the simulation, not of team input. */
    private static JsonNode parse(String json) {
        try {
            return TeamInputReader.parse(json);
        } catch (InvalidInputException e) {
            throw e.as(SIMULATION);
        }
    }

    private static TeamProfile team(JsonNode input, Set<String> extra, PracticeCatalog catalog,
                                    List<InputError> errors) {
        if (input == null || !input.isObject()) {
            throw new InvalidInputException(SIMULATION, List.of(new InputError("(body)", "expected a JSON object")));
        }
        ObjectNode teamOnly = ((ObjectNode) input).deepCopy();
        extra.forEach(teamOnly::remove);
        try {
            return TeamInputReader.read(teamOnly, catalog);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors().stream().map(error -> error.reason().startsWith("unknown field")
                    ? new InputError(error.field(), error.reason() + ", " + String.join(", ", extra)) : error)
                    .toList());
            return null;
        }
    }

    private static Optional<Plan> plan(JsonNode node, String field, PracticeCatalog catalog,
                                                 List<InputError> errors) {
        if (node == null || !node.isObject()) {
            errors.add(new InputError(field, "expected {\"name\": ..., \"changes\": {...}}"));
            return Optional.empty();
        }
        node.properties().stream().map(Map.Entry::getKey).filter(k -> !k.equals("name") && !k.equals("changes"))
                .forEach(k -> errors.add(new InputError(field + "." + k, "unknown field; expected name, changes")));
        String name = text(node.get("name"), field + ".name", errors);
        JsonNode changes = node.get("changes");
        List<PracticeChange> parsed = new ArrayList<>();
        if (changes == null || !changes.isObject() || changes.isEmpty()) {
            errors.add(new InputError(field + ".changes", "required: an object of practice id to the new value "
                    + "(null: unknown, \"drop\": its lowest value)"));
        } else {
            changes.properties().forEach(entry -> change(entry.getKey(), scalar(entry.getValue()),
                    field + ".changes." + entry.getKey(), catalog, errors).ifPresent(parsed::add));
        }
        return name == null ? Optional.empty() : Optional.of(new Plan(name, parsed));
    }

    private static Optional<PracticeChange> change(String id, Object value, String field,
                                                             PracticeCatalog catalog, List<InputError> errors) {
        Practice practice = catalog.find(id).orElse(null);
        if (practice == null) {
            errors.add(new InputError(field, "unknown practice id; GET /api/practices lists the valid ones"));
            return Optional.empty();
        }
        if (value == null) {
            return Optional.of(new PracticeChange(id, null));
        }
        if (DROP.equals(value)) {
            return Optional.of(new PracticeChange(id, practice.answer(practice.choices().get(0))));
        }
        try {
            return Optional.of(new PracticeChange(id, practice.answer(value)));
        } catch (IllegalArgumentException e) {
            errors.add(new InputError(field, e.getMessage() + (field.startsWith("--set")
                    ? "; or unknown (unanswered), or drop (its lowest value)"
                    : "; or null for unknown, \"drop\" for its lowest value")));
            return Optional.empty();
        }
    }

    private static Object scalar(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    private static String text(JsonNode node, String field, List<InputError> errors) {
        if (node == null || !node.isString() || node.stringValue().isBlank()) {
            errors.add(new InputError(field, "required: a non-empty string"));
            return null;
        }
        return node.stringValue().strip();
    }
}
