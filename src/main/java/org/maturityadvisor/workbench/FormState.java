package org.maturityadvisor.workbench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The questionnaire as its form fields carry it: the team's name, the context and one answer per practice
 * ({@code a.<practice id>}). A blank field is unanswered (unknown), never "no". It turns into the very JSON input
 * the API reads, so the page is checked by the same reader.
 */
public record FormState(String team, String mlUseCases, String businessCritical, String inProduction,
                 Map<String, String> answers) {

    static final String ANSWER = "a.";

    public FormState {
        team = team == null ? "" : team.strip();
        mlUseCases = blankToEmpty(mlUseCases);
        businessCritical = blankToEmpty(businessCritical);
        inProduction = blankToEmpty(inProduction);
        answers = Map.copyOf(answers);
    }

    static FormState empty() {
        return new FormState(null, "", "", "", Map.of());
    }

    /** The fields of a submitted form; fields named with {@code prefix} are the answers. */
    static FormState from(MultiValueMap<String, String> form, String prefix) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(prefix) && !values.isEmpty() && !values.get(0).isBlank()) {
                answers.put(name.substring(prefix.length()), values.get(0).strip());
            }
        });
        return new FormState(form.getFirst("team"), form.getFirst("mlUseCases"), form.getFirst("businessCritical"),
                form.getFirst("inProduction"), answers);
    }

    /** A stored input ({@code {team, context, answers}}) back into form fields. */
    static FormState of(JsonNode input) {
        Map<String, String> answers = new LinkedHashMap<>();
        input.path("answers").properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (!value.isNull()) {
                answers.put(field.getKey(), value.isBoolean() ? (value.booleanValue() ? "yes" : "no")
                        : value.asString());
            }
        });
        JsonNode context = input.path("context");
        return new FormState(input.path("team").asString(null), text(context.get("mlUseCases")),
                text(context.get("businessCritical")), text(context.get("inProduction")), answers);
    }

    /** The answer given to a practice, or "" when unanswered. */
    public String answer(String practice) {
        return answers.getOrDefault(practice, "");
    }

    /** The API's input for this form. */
    ObjectNode toInput(JsonMapper json) {
        ObjectNode input = json.createObjectNode();
        input.put("team", team.isEmpty() ? "Unnamed team" : team);
        ObjectNode context = input.putObject("context");
        if (!mlUseCases.isEmpty()) {
            try {
                context.put("mlUseCases", Integer.parseInt(mlUseCases));
            } catch (NumberFormatException e) {
                context.put("mlUseCases", mlUseCases); // refused by the reader, with the field named
            }
        }
        flag(context, "businessCritical", businessCritical);
        flag(context, "inProduction", inProduction);
        ObjectNode answerNode = input.putObject("answers");
        answers.forEach(answerNode::put);
        return input;
    }

    /** The input without the team's name, as a stored team's assessment takes it. */
    ObjectNode toTeamInput(JsonMapper json) {
        ObjectNode input = toInput(json);
        input.remove("team");
        return input;
    }

    private static void flag(ObjectNode context, String name, String value) {
        if (value.equals("true") || value.equals("false")) {
            context.put(name, Boolean.parseBoolean(value));
        } else if (!value.isEmpty()) {
            context.put(name, value);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
