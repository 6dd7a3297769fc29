package org.maturityadvisor.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every practice a team can answer, in questionnaire order. */
public final class PracticeCatalog {

    private final Map<String, Practice> byId = new LinkedHashMap<>();
    private final Map<String, ContextField> contextByName = new LinkedHashMap<>();

    public PracticeCatalog(List<Practice> practices) {
        this(practices, List.of());
    }

    /** The practices and the context fields the catalog declares ({@code context.*} rows). */
    public PracticeCatalog(List<Practice> practices, List<ContextField> contextFields) {
        practices.forEach(practice -> {
            if (byId.putIfAbsent(practice.id(), practice) != null) {
                throw new IllegalArgumentException("duplicate practice id " + practice.id());
            }
        });
        contextFields.forEach(field -> {
            if (contextByName.putIfAbsent(field.name(), field) != null) {
                throw new IllegalArgumentException("duplicate context field " + field.id());
            }
        });
    }

    /** The context fields the catalog declares, in catalog order. */
    public List<ContextField> contextFields() {
        return List.copyOf(contextByName.values());
    }

    /** A declared context field by its short name ({@code inference}). */
    public Optional<ContextField> contextField(String name) {
        return Optional.ofNullable(contextByName.get(name));
    }

    public List<Practice> practices() {
        return List.copyOf(byId.values());
    }

    public Optional<Practice> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Checks every raw answer (practice id to a JSON scalar; null means "not answered") and returns them all as
     * typed answers, or throws with every problem found, each naming its practice.
     */
    public Answers answers(Map<String, ?> raw, String fieldPrefix) {
        return answers(raw, fieldPrefix, null);
    }

    /**
     * As {@link #answers(Map, String)}, where a value may be a {@link Claim} (the rich form: evidence, asOf, not
     * applicable); freshness is judged as of {@code day} (null: every answer is fresh).
     */
    public Answers answers(Map<String, ?> raw, String fieldPrefix, LocalDate day) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<InputError> errors = new ArrayList<>();
        raw.forEach((id, value) -> {
            String field = fieldPrefix + id;
            Practice practice = byId.get(id);
            if (practice == null) {
                errors.add(new InputError(field, "unknown practice id; GET /api/practices lists the valid ones"
                        + Closest.suggestion(id, byId.keySet())));
            } else if (value != null) {
                try {
                    answers.put(id, value instanceof Claim claim ? claimed(practice, claim, day)
                            : practice.answer(value));
                } catch (IllegalArgumentException e) {
                    errors.add(new InputError(field, e.getMessage()));
                }
            }
        });
        InvalidInputException.throwIfAny(errors);
        return new Answers(answers);
    }

    private static Answer claimed(Practice practice, Claim claim, LocalDate day) {
        return claim.notApplicable() ? practice.notApplicable(claim.details(), day)
                : practice.answer(claim.value(), claim.details(), day);
    }
}
