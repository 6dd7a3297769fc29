package org.maturityadvisor.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The practices a team answered. A practice that is not here is unknown, never "no". Only built from values
 * checked against the catalog ({@link PracticeCatalog#answers}), so every key is a real practice id.
 */
public final class Answers {

    private final Map<String, Answer> byPractice;

    Answers(Map<String, Answer> byPractice) {
        this.byPractice = Collections.unmodifiableMap(new LinkedHashMap<>(byPractice));
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public Optional<Answer> get(String practiceId) {
        return Optional.ofNullable(byPractice.get(practiceId));
    }

    /**
     * Answers in the order given, a later answer to a practice replacing an earlier one in its place: what a chain of
     * {@link #with} calls from {@link #none()} gives, built in one pass (with copies the map each time).
     */
    public static Answers of(Collection<Answer> answers) {
        Map<String, Answer> byPractice = new LinkedHashMap<>();
        answers.forEach(answer -> byPractice.put(answer.practice(), answer));
        return new Answers(byPractice);
    }

    /** These answers with {@code answer} set (replacing any earlier answer to its practice). */
    public Answers with(Answer answer) {
        Map<String, Answer> changed = new LinkedHashMap<>(byPractice);
        changed.put(answer.practice(), answer);
        return new Answers(changed);
    }

    /** These answers with {@code practiceId} unanswered: unknown again. */
    public Answers without(String practiceId) {
        Map<String, Answer> changed = new LinkedHashMap<>(byPractice);
        changed.remove(practiceId);
        return new Answers(changed);
    }

    public Collection<Answer> all() {
        return byPractice.values();
    }

    public int size() {
        return byPractice.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && answers.byPractice.equals(byPractice);
    }

    @Override
    public int hashCode() {
        return byPractice.hashCode();
    }

    @Override
    public String toString() {
        return byPractice.values().toString();
    }
}
