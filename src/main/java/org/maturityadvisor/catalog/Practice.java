package org.maturityadvisor.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One practice of the questionnaire. Its values are ordered lowest first: a criterion that requires a value is met
 * by that value or any value ranked above it.
 */
public record Practice(String id, String dimension, PracticeType type, List<String> choices, String question,
                       String help, Integer validForDays) {

    public Practice {
        choices = type == PracticeType.YES_NO ? PracticeType.YES_NO_CHOICES : List.copyOf(choices);
    }

    /** A practice whose answers stay fresh forever. */
    public Practice(String id, String dimension, PracticeType type, List<String> choices, String question,
                    String help) {
        this(id, dimension, type, choices, question, help, null);
    }

    /** The rank of a canonical value, if it is one of this practice's values. */
    public Optional<Integer> rankOf(String value) {
        int rank = choices.indexOf(value);
        return rank < 0 ? Optional.empty() : Optional.of(rank);
    }

    /**
     * Reads a raw answer (a JSON scalar: Boolean, String or Number) as this practice's value.
     *
     * @throws IllegalArgumentException with a reason a questionnaire user understands
     */
    public Answer answer(Object raw) {
        String value = canonical(raw);
        return rankOf(value)
                .map(rank -> new Answer(id, value, rank))
                .orElseThrow(() -> new IllegalArgumentException(expectation() + ", got " + describe(raw)
                        + Closest.suggestion(value, choices)));
    }

    /**
     * Reads a raw answer with what stands behind it, as of {@code day} (the assessment's day): evidenced or confirmed
     * by its evidence, stale when its {@code asOf} is more than {@link #validForDays} before {@code day}.
     */
    public Answer answer(Object raw, AnswerDetails details, LocalDate day) {
        Answer bare = answer(raw);
        return new Answer(id, bare.value(), bare.rank(), details.support(), stale(details, day), false, details);
    }

    /** The team says this practice does not apply to it, for the reason in {@code details}. */
    public Answer notApplicable(AnswerDetails details, LocalDate day) {
        return Answer.notApplicable(id, stale(details, day), details);
    }

    /** Whether an answer as of {@code details.asOf()} is older than this practice's answers stay valid, on {@code day}. */
    public boolean stale(AnswerDetails details, LocalDate day) {
        return validForDays != null && details.asOf() != null && day != null
                && details.asOf().plusDays(validForDays).isBefore(day);
    }

    /** What a valid answer looks like, e.g. {@code expected one of [manual, scripted, ci-cd-pipeline]}. */
    public String expectation() {
        return type == PracticeType.YES_NO
                ? "expected true or false (or \"yes\" / \"no\")"
                : "expected one of " + choices + " (lowest first)";
    }

    private String canonical(Object raw) {
        if (type == PracticeType.YES_NO && raw instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (raw instanceof String text) {
            String trimmed = text.trim();
            return type == PracticeType.YES_NO ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
        }
        return "\u0000not a value";
    }

    private static String describe(Object raw) {
        return raw instanceof String text ? Echo.quoted(text) : Echo.of(String.valueOf(raw));
    }
}
