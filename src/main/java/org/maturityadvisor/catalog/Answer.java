package org.maturityadvisor.catalog;

import java.util.Objects;

/**
 * A team's answer to one practice, as a rule fact: the canonical value and its rank in the practice's order (for
 * yes/no: no = 0, yes = 1), so that a rule compares "at least the required value" as {@code rank >= required}; what it
 * rests on ({@link Support}), whether it is older than its practice's "valid for" at the assessment's day
 * ({@code stale}), and whether the team marked the practice not applicable (then {@code value} is null and
 * {@code rank} -1, and {@code details} holds the reason). The rules read only the flat fields; {@code details} is
 * carried for the explanation.
 */
public record Answer(String practice, String value, int rank, Support support, boolean stale,
                     boolean notApplicable, AnswerDetails details) {

    public Answer {
        Objects.requireNonNull(practice, "practice");
        support = support == null ? Support.CLAIMED : support;
        details = details == null ? AnswerDetails.none() : details;
        if (notApplicable != (value == null)) {
            throw new IllegalArgumentException("a value, or not applicable: " + practice);
        }
    }

    /** A bare claim: no evidence, fresh. */
    public Answer(String practice, String value, int rank) {
        this(practice, value, rank, Support.CLAIMED, false, false, AnswerDetails.none());
    }

    /** The practice does not apply to the team, for {@code details}' reason. */
    public static Answer notApplicable(String practice, boolean stale, AnswerDetails details) {
        return new Answer(practice, null, -1, details.support(), stale, true, details);
    }

    /** This answer as if every piece of its evidence were confirmed (a bare claim stays a claim). */
    public Answer confirmed() {
        return support == Support.CLAIMED ? this
                : new Answer(practice, value, rank, Support.CONFIRMED, stale, notApplicable, details);
    }

    /** This answer as if it were evidenced and confirmed, and fresh: what the what-if's "with evidence" shows. */
    public Answer proven() {
        return new Answer(practice, value, rank, Support.CONFIRMED, false, notApplicable, details);
    }

    /** The value for people: the value itself, or "not applicable". */
    public String shown() {
        return notApplicable ? "not applicable" : value;
    }
}
