package org.maturityadvisor.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every practice a team can answer, in questionnaire order. */
public final class PracticeCatalog {

    private final Map<String, Practice> byId = new LinkedHashMap<>();

    public PracticeCatalog(List<Practice> practices) {
        practices.forEach(practice -> {
            if (byId.putIfAbsent(practice.id(), practice) != null) {
                throw new IllegalArgumentException("duplicate practice id " + practice.id());
            }
        });
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
                    answers.put(id, practice.answer(value));
                } catch (IllegalArgumentException e) {
                    errors.add(new InputError(field, e.getMessage()));
                }
            }
        });
        InvalidInputException.throwIfAny(errors);
        return new Answers(answers);
    }
}
