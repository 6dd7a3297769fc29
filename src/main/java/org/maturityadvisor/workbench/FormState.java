package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The questionnaire as its form fields carry it: the team's name, the context ({@code c.<name>} for the fields the
 * catalog declares) and one answer per practice ({@code a.<practice id>}), with what stands behind it
 * ({@link AnswerForm}: {@code na.}, {@code asof.}, {@code e.<practice>.<n>.link|note|...}). A blank field is unanswered
 * (unknown), never "no". It turns into the very JSON input the API reads (the rich form where an answer has more than
 * its value), so the page is checked by the same reader.
 *
 * @param answers  practice id to its value ("" never: an unanswered practice is absent; a not-applicable one too)
 * @param context  declared context field (short name) to its form value ({@code true}/{@code false} for yes-no)
 * @param details  practice id to what stands behind its answer, for the practices that have more than a value
 */
public record FormState(String team, String mlUseCases, String businessCritical, String inProduction,
                        Map<String, String> answers, Map<String, String> context, Map<String, AnswerForm> details) {

    static final String ANSWER = "a.";
    static final String CONTEXT = "c.";

    public FormState {
        team = team == null ? "" : team.strip();
        mlUseCases = blankToEmpty(mlUseCases);
        businessCritical = blankToEmpty(businessCritical);
        inProduction = blankToEmpty(inProduction);
        answers = unmodifiable(answers);
        context = unmodifiable(context);
        details = unmodifiable(details);
    }

    /** A form of plain answers: no declared context, nothing behind the answers. */
    public FormState(String team, String mlUseCases, String businessCritical, String inProduction,
                     Map<String, String> answers) {
        this(team, mlUseCases, businessCritical, inProduction, answers, Map.of(), Map.of());
    }

    static FormState empty() {
        return new FormState(null, "", "", "", Map.of());
    }

    /**
     * The fields of a submitted form; fields named with {@code prefix} are the answers. An answer
     * {@value AnswerForm#NOT_APPLICABLE} marks the practice not applicable (its reason in {@code na.<practice>}).
     */
    static FormState from(MultiValueMap<String, String> form, String prefix) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> context = new LinkedHashMap<>();
        Set<String> notApplicable = new LinkedHashSet<>();
        form.forEach((name, values) -> {
            String value = values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
            if (value.isEmpty()) {
                return;
            }
            if (name.startsWith(prefix)) {
                String practice = name.substring(prefix.length());
                if (value.equals(AnswerForm.NOT_APPLICABLE)) {
                    notApplicable.add(practice);
                } else {
                    answers.put(practice, value);
                }
            } else if (name.startsWith(CONTEXT)) {
                context.put(name.substring(CONTEXT.length()), value);
            }
        });
        Map<String, AnswerForm> details = AnswerForm.from(form, notApplicable);
        return new FormState(form.getFirst("team"), form.getFirst("mlUseCases"), form.getFirst("businessCritical"),
                form.getFirst("inProduction"), answers, context, details);
    }

    /** A stored input ({@code {team, context, answers}}, plain or rich answers) back into form fields. */
    static FormState of(JsonNode input) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, AnswerForm> details = new LinkedHashMap<>();
        input.path("answers").properties().forEach(field -> {
            JsonNode value = field.getValue();
            JsonNode plain = value.isObject() ? value.path("value") : value;
            if (!plain.isNull() && !plain.isMissingNode()) {
                answers.put(field.getKey(), plain.isBoolean() ? (plain.booleanValue() ? "yes" : "no")
                        : plain.asString());
            }
            if (value.isObject()) {
                AnswerForm form = AnswerForm.of(value);
                if (!form.isEmpty()) {
                    details.put(field.getKey(), form);
                }
            }
        });
        JsonNode context = input.path("context");
        Map<String, String> declared = new LinkedHashMap<>();
        context.properties().forEach(field -> {
            if (!Set.of("mlUseCases", "businessCritical", "inProduction").contains(field.getKey())
                    && !field.getValue().isNull()) {
                declared.put(field.getKey(), field.getValue().asString());
            }
        });
        return new FormState(input.path("team").asString(null), text(context.get("mlUseCases")),
                text(context.get("businessCritical")), text(context.get("inProduction")), answers, declared, details);
    }

    /** The answer given to a practice, or "" when unanswered (or marked not applicable). */
    public String answer(String practice) {
        return answers.getOrDefault(practice, "");
    }

    /** The questionnaire's choice for a practice: its value, {@value AnswerForm#NOT_APPLICABLE}, or "". */
    public String choice(String practice) {
        return notApplicable(practice) ? AnswerForm.NOT_APPLICABLE : answer(practice);
    }

    /** Whether the practice is marked not applicable. */
    public boolean notApplicable(String practice) {
        return detail(practice).notApplicable();
    }

    /** What stands behind a practice's answer (nothing: {@link AnswerForm#NONE}). */
    public AnswerForm detail(String practice) {
        return details.getOrDefault(practice, AnswerForm.NONE);
    }

    /** The form value of a declared context field, or "". */
    public String context(String name) {
        return context.getOrDefault(name, "");
    }

    /** Every practice this form says something about: answered, marked not applicable, or with evidence. */
    Set<String> practices() {
        Set<String> practices = new LinkedHashSet<>(answers.keySet());
        practices.addAll(details.keySet());
        return practices;
    }

    /** The form fields of one practice, in canonical order: the answer, the reason, the day, the evidence. */
    List<ResultQuery.Field> fields(String practice) {
        List<ResultQuery.Field> fields = new ArrayList<>();
        String choice = choice(practice);
        if (!choice.isEmpty()) {
            fields.add(new ResultQuery.Field(ANSWER + practice, choice));
        }
        detail(practice).fields(practice, fields);
        return fields;
    }

    /**
     * Every field of this form but the four of the team (which the page's forms send by name), as the hidden fields
     * of a form that sends these answers on: the declared context, then each practice's fields.
     */
    public List<ResultQuery.Field> hidden() {
        List<ResultQuery.Field> fields = new ArrayList<>();
        context.forEach((name, value) -> fields.add(new ResultQuery.Field(CONTEXT + name, value)));
        practices().forEach(practice -> fields.addAll(fields(practice)));
        return fields;
    }

    /** The API's input for this form. */
    ObjectNode toInput(JsonMapper json) {
        return toInput(json, true);
    }

    /**
     * The input without the team's name, as a stored team's assessment takes it: evidence as link and note only, since
     * who recorded and confirmed it is the server's to say (it carries an unchanged item's record and confirmation).
     */
    ObjectNode toTeamInput(JsonMapper json) {
        ObjectNode input = toInput(json, false);
        input.remove("team");
        return input;
    }

    private ObjectNode toInput(JsonMapper json, boolean withRecords) {
        ObjectNode input = json.createObjectNode();
        input.put("team", team.isEmpty() ? "Unnamed team" : team);
        ObjectNode contextNode = input.putObject("context");
        if (!mlUseCases.isEmpty()) {
            try {
                contextNode.put("mlUseCases", Integer.parseInt(mlUseCases));
            } catch (NumberFormatException e) {
                contextNode.put("mlUseCases", mlUseCases); // refused by the reader, with the field named
            }
        }
        flag(contextNode, "businessCritical", businessCritical);
        flag(contextNode, "inProduction", inProduction);
        context.forEach((name, value) -> flag(contextNode, name, value));
        ObjectNode answerNode = input.putObject("answers");
        for (String practice : practices()) {
            AnswerForm detail = detail(practice);
            if (detail.isEmpty()) {
                answerNode.put(practice, answer(practice));
            } else {
                answerNode.set(practice, detail.toJson(json, answers.get(practice), withRecords));
            }
        }
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
        if (node == null || node.isNull()) {
            return "";
        }
        return node.asString();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
