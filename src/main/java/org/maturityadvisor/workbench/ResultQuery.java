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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A result's address: the questionnaire's fields as the query of {@code /result}, so a result can be shared, reloaded
 * and reached again by Back and Forward without a form being sent twice. One canonical order whatever the form sent:
 * the team and its context when given, then the answers ({@code a.*}) in questionnaire order, then the what-if
 * changes ({@code w.*}) that differ from the answers, then the kept plans ({@code plan}, see {@link KeptPlan}). Blank answers (unanswered), the store form's team choice and
 * repeated fields are left out; an answer naming no practice stays, so the page can say what is wrong with it.
 */
record ResultQuery(List<Field> fields) {

    static final String WHAT_IF = "w.";

    /** One name=value pair of the query. */
    record Field(String name, String value) {
    }

    ResultQuery {
        fields = List.copyOf(fields);
    }

    static ResultQuery of(MultiValueMap<String, String> form, PracticeCatalog catalog) {
        List<Field> fields = new ArrayList<>();
        for (String name : List.of("team", "mlUseCases", "businessCritical", "inProduction")) {
            String value = first(form, name);
            if (!value.isEmpty()) {
                fields.add(new Field(name, value));
            }
        }
        Set<String> known = new LinkedHashSet<>();
        for (Practice practice : catalog.practices()) {
            known.add(practice.id());
            String answer = first(form, FormState.ANSWER + practice.id());
            if (!answer.isEmpty()) {
                fields.add(new Field(FormState.ANSWER + practice.id(), answer));
            }
        }
        form.keySet().stream().filter(name -> name.startsWith(FormState.ANSWER))
                .filter(name -> !known.contains(name.substring(FormState.ANSWER.length())))
                .filter(name -> !first(form, name).isEmpty())
                .forEach(name -> fields.add(new Field(name, first(form, name))));
        for (Practice practice : catalog.practices()) {
            String name = WHAT_IF + practice.id();
            if (form.containsKey(name)) {
                String now = first(form, name);
                if (!Objects.equals(now, first(form, FormState.ANSWER + practice.id()))) {
                    fields.add(new Field(name, now));
                }
            }
        }
        form.getOrDefault(KeptPlan.FIELD, List.of()).stream().filter(plan -> !plan.isBlank())
                .forEach(plan -> fields.add(new Field(KeptPlan.FIELD, plan)));
        return new ResultQuery(fields);
    }

    /** The address of a result read from its answers (a stored assessment's, say). */
    static ResultQuery of(FormState state, PracticeCatalog catalog) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("team", state.team());
        form.add("mlUseCases", state.mlUseCases());
        form.add("businessCritical", state.businessCritical());
        form.add("inProduction", state.inProduction());
        state.answers().forEach((practice, value) -> form.add(FormState.ANSWER + practice, value));
        return of(form, catalog);
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
                && !field.name().equals(KeptPlan.FIELD)).toList());
    }

    /** The what-if changes as practice → value ("" sets the practice back to unanswered), in questionnaire order. */
    Map<String, String> whatIf() {
        return fields.stream().filter(field -> field.name().startsWith(WHAT_IF))
                .collect(Collectors.toMap(field -> field.name().substring(WHAT_IF.length()), Field::value,
                        (a, b) -> a, java.util.LinkedHashMap::new));
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
