package org.maturityadvisor.teams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.AnswerDetails;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.Support;

/**
 * What a stored assessment's answers rest on, decided before it is stored: each new evidence item is recorded by the
 * signed-in author (and now, unless an earlier time is given); an answer unchanged since the team's previous
 * assessment (the same value, or not applicable both times) keeps that answer's day, evidence and confirmations; a
 * confirmation may not be written into an answer, only carried. Pure: no clock, no store.
 */
public final class EvidenceCarry {

    /** Where confirmations are recorded, as the refusal of a forged one says. */
    static final String CONFIRM_ENDPOINT = "POST /api/teams/{id}/confirmations";

    private EvidenceCarry() {
    }

    /** The team's previous assessment: its answers and its day (an answer without a day of its own is as of it). */
    public record Previous(Answers answers, LocalDate day) {

        public static final Previous NONE = new Previous(Answers.none(), null);
    }

    /** The answers to store (each with its day set), or the problems that refuse them (each naming its field). */
    public record Outcome(Answers answers, List<InputError> errors) {

        public Outcome {
            errors = List.copyOf(errors);
        }
    }

    /**
     * @param given  the answers as the new input gives them
     * @param author who stores them (the signed-in caller)
     * @param now    when they are stored
     * @param day    the assessment's day: an answer new in this assessment is as of it
     */
    public static Outcome apply(Answers given, Previous previous, String author, Instant now, LocalDate day) {
        List<Answer> stored = new ArrayList<>(given.size());
        List<InputError> errors = new ArrayList<>();
        for (Answer answer : given.all()) {
            Answer before = previous.answers().get(answer.practice()).filter(old -> unchanged(old, answer))
                    .orElse(null);
            stored.add(carried(answer, before, previous.day(), author, now, day, errors));
        }
        // one map for all of them: with() per answer copied the map each time (a tenth of an import's time)
        return new Outcome(Answers.of(stored), errors);
    }

    /** The same value, or not applicable both times: what carries an answer's day and evidence forward. */
    static boolean unchanged(Answer before, Answer now) {
        return before.notApplicable() == now.notApplicable() && Objects.equals(before.value(), now.value());
    }

    private static Answer carried(Answer answer, Answer before, LocalDate previousDay, String author, Instant now,
                                  LocalDate day, List<InputError> errors) {
        AnswerDetails given = answer.details();
        List<EvidenceItem> evidence = new ArrayList<>(before == null ? List.of() : before.details().evidence());
        for (int i = 0; i < given.evidence().size(); i++) {
            String field = "answers." + answer.practice() + ".evidence[" + i + "]";
            EvidenceItem item = given.evidence().get(i);
            Optional<EvidenceItem> known = evidence.stream().filter(item::sameAs).findFirst();
            if (known.isEmpty()) {
                checked(item, field, author, now, errors).ifPresent(evidence::add);
            } else if (forged(item, known.get())) {
                errors.add(new InputError(confirmField(item, field), notConfirmedBefore()));
            }
        }
        LocalDate asOf = given.asOf() != null ? given.asOf()
                : before == null ? day
                : before.details().asOf() != null ? before.details().asOf() : previousDay != null ? previousDay : day;
        String reason = answer.notApplicable() ? given.notApplicableReason() : null;
        AnswerDetails details = new AnswerDetails(asOf, evidence, reason);
        return new Answer(answer.practice(), answer.value(), answer.rank(), details.support(), answer.stale(),
                answer.notApplicable(), details);
    }

    /** A new item: recorded by the author, now unless an earlier time is given; a confirmation refused. */
    private static Optional<EvidenceItem> checked(EvidenceItem item, String field, String author, Instant now,
                                                  List<InputError> errors) {
        int before = errors.size();
        if (item.confirmedBy() != null || item.confirmedAt() != null) {
            errors.add(new InputError(confirmField(item, field), notConfirmedBefore()));
        }
        if (item.recordedBy() != null && !item.recordedBy().equals(author)) {
            errors.add(new InputError(field + ".recordedBy", "new evidence is recorded by whoever stores it (" + author
                    + "), so that a second person can confirm it; leave recordedBy out"));
        }
        if (item.recordedAt() != null && item.recordedAt().isAfter(now)) {
            errors.add(new InputError(field + ".recordedAt", "not in the future; leave it out to record it now"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(item.recorded(author, item.recordedAt() == null ? now : item.recordedAt()));
    }

    /** A given item claiming a confirmation its earlier record does not have. */
    private static boolean forged(EvidenceItem given, EvidenceItem known) {
        boolean claims = given.confirmedBy() != null || given.confirmedAt() != null;
        return claims && !known.confirmed();
    }

    private static String confirmField(EvidenceItem item, String field) {
        return field + (item.confirmedBy() != null ? ".confirmedBy" : ".confirmedAt");
    }

    private static String notConfirmedBefore() {
        return "confirmations are recorded by " + CONFIRM_ENDPOINT + " (a second person), not written into an "
                + "answer; this item is not confirmed in the team's previous assessment with the same answer";
    }
}
