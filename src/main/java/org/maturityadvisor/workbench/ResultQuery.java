package org.maturityadvisor.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.springframework.util.MultiValueMap;

/**
 * A result's address: the questionnaire's fields as the query of {@code /result}, so a result can be shared, reloaded
 * and reached again by Back and Forward without a form being sent twice. One canonical order whatever the form sent:
 * the team and its context when given, then the answers in questionnaire order, each with what stands behind it
 * ({@link AnswerForm}), then the what-if changes ({@code w.*}) that differ from the answers and the what-if "with
 * evidence", then the kept plans ({@code plan}, see {@link KeptPlan}). Blank answers (unanswered), blank evidence
 * items, the store form's team choice and repeated fields are left out; an answer naming no practice stays, so the
 * page can say what is wrong with it.
 */
record ResultQuery(List<Field> fields) {

    static final String WHAT_IF = "w.";
    /** The what-if "with evidence": every answer as if evidenced, confirmed by a second person and fresh. */
    static final String WITH_EVIDENCE = "withEvidence";

    /** One name=value pair of the query. */
    record Field(String name, String value) {
    }

    ResultQuery {
        fields = List.copyOf(fields);
    }

    /** Whether a form or query asks for the what-if "with evidence" ({@code withEvidence=true}). */
    static boolean withEvidence(MultiValueMap<String, String> form) {
        return "true".equals(form.getFirst(WITH_EVIDENCE));
    }

    static ResultQuery of(MultiValueMap<String, String> form, PracticeCatalog catalog) {
        FormState state = FormState.from(form, FormState.ANSWER);
        List<Field> fields = new ArrayList<>(of(state, catalog).fields());
        for (Practice practice : catalog.practices()) {
            String name = WHAT_IF + practice.id();
            if (form.containsKey(name)) {
                String now = first(form, name);
                if (!Objects.equals(now, state.answer(practice.id()))) {
                    fields.add(new Field(name, now));
                }
            }
        }
        if (withEvidence(form)) {
            fields.add(new Field(WITH_EVIDENCE, "true"));
        }
        form.getOrDefault(KeptPlan.FIELD, List.of()).stream().filter(plan -> !plan.isBlank())
                .forEach(plan -> fields.add(new Field(KeptPlan.FIELD, plan)));
        return new ResultQuery(fields);
    }

    /**
     * The address of a result read from its answers (a stored assessment's, say): the team and its context, the
     * declared context in catalog order, then each practice's fields in questionnaire order; the fields of practices
     * and context the catalog does not know stay last, so the page can say what is wrong with them.
     */
    static ResultQuery of(FormState state, PracticeCatalog catalog) {
        List<Field> fields = new ArrayList<>();
        add(fields, "team", state.team());
        add(fields, "mlUseCases", state.mlUseCases());
        add(fields, "businessCritical", state.businessCritical());
        add(fields, "inProduction", state.inProduction());
        Set<String> knownContext = new LinkedHashSet<>();
        catalog.contextFields().forEach(field -> knownContext.add(field.name()));
        knownContext.forEach(name -> add(fields, FormState.CONTEXT + name, state.context(name)));
        state.context().keySet().stream().filter(name -> !knownContext.contains(name))
                .forEach(name -> add(fields, FormState.CONTEXT + name, state.context(name)));
        Set<String> known = new LinkedHashSet<>();
        catalog.practices().forEach(practice -> known.add(practice.id()));
        known.forEach(practice -> fields.addAll(state.fields(practice)));
        state.practices().stream().filter(practice -> !known.contains(practice))
                .forEach(practice -> fields.addAll(state.fields(practice)));
        return new ResultQuery(fields);
    }

    private static void add(List<Field> fields, String name, String value) {
        if (!value.isEmpty()) {
            fields.add(new Field(name, value));
        }
    }

    /** Whether the form sent exactly these fields, in this order (else its canonical address is another URL). */
    boolean sameAs(MultiValueMap<String, String> form) {
        List<Field> sent = new ArrayList<>();
        form.forEach((name, values) -> values.forEach(value -> sent.add(new Field(name, value))));
        return sent.equals(fields);
    }

    /** The answers without the what-if and the kept plans: the base every what-if starts from. */
    ResultQuery answers() {
        return new ResultQuery(fields.stream().filter(field -> !field.name().startsWith(WHAT_IF)
                && !field.name().equals(WITH_EVIDENCE) && !field.name().equals(KeptPlan.FIELD)).toList());
    }

    /** The what-if changes as practice → value ("" sets the practice back to unanswered), in questionnaire order. */
    Map<String, String> whatIf() {
        return fields.stream().filter(field -> field.name().startsWith(WHAT_IF))
                .collect(Collectors.toMap(field -> field.name().substring(WHAT_IF.length()), Field::value,
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Whether the what-if shows every answer as if evidenced, confirmed and fresh. */
    boolean withEvidence() {
        return fields.stream().anyMatch(field -> field.name().equals(WITH_EVIDENCE));
    }

    /** The query string, UTF-8 and form-encoded, without the leading "?". */
    String encoded() {
        return fields.stream().map(field -> encode(field.name()) + "=" + encode(field.value()))
                .collect(Collectors.joining("&"));
    }

    /** {@code path}, with this query when there is one. */
    String on(String path) {
        return fields.isEmpty() ? path : path + "?" + encoded();
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
