package org.maturityadvisor.teams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.AnswerDetails;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.Support;

/**
 * Four eyes: a second person confirms the evidence behind answers. Every unconfirmed item of a chosen answer that
 * someone else recorded is confirmed; an answer whose unconfirmed evidence the confirmer recorded alone is refused.
 * Pure: returns the confirmed answers or the refusals, each naming its field.
 */
public final class FourEyes {

    private FourEyes() {
    }

    /** Which answers to confirm: the practices named, or every answer with evidence someone else recorded. */
    public record Request(List<String> practices, boolean all) {

        public Request {
            practices = practices == null ? List.of() : List.copyOf(practices);
        }
    }

    /** How many items of one answer were confirmed. */
    public record Confirmed(String practice, int items) {
    }

    /** Why one answer cannot be confirmed; {@code conflict}: the state forbids it (409), else the request (400). */
    public record Refusal(InputError error, boolean conflict) {
    }

    /** The answers with the items confirmed and which, or the refusals (then nothing is confirmed). */
    public record Decision(Answers answers, List<Confirmed> confirmed, List<Refusal> refusals) {

        public Decision {
            confirmed = List.copyOf(confirmed);
            refusals = List.copyOf(refusals);
        }
    }

    static final String SECOND_PERSON = "you recorded this evidence; a second person must confirm it";

    public static Decision confirm(Answers answers, Request request, String confirmer, Instant at) {
        List<Refusal> refusals = new ArrayList<>();
        List<Confirmed> confirmed = new ArrayList<>();
        Answers changed = answers;
        if (request.all()) {
            for (Answer answer : answers.all()) {
                if (!others(answer, confirmer).isEmpty()) {
                    changed = changed.with(confirmed(answer, confirmer, at, confirmed));
                }
            }
            if (confirmed.isEmpty()) {
                refusals.add(new Refusal(new InputError("all", "nothing to confirm: every evidence item of the newest "
                        + "assessment is confirmed already or was recorded by you"), true));
            }
            return new Decision(changed, confirmed, refusals);
        }
        if (request.practices().isEmpty()) {
            refusals.add(new Refusal(new InputError("practices", "required: the practices whose evidence you "
                    + "confirm (e.g. [\"release.method\"]), or {\"all\": true}"), false));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < request.practices().size(); i++) {
            String practice = request.practices().get(i);
            if (seen.add(practice)) {
                Refusal refusal = refusal(answers, practice, "practices[" + i + "]", confirmer);
                if (refusal != null) {
                    refusals.add(refusal);
                } else {
                    changed = changed.with(confirmed(answers.get(practice).orElseThrow(), confirmer, at, confirmed));
                }
            }
        }
        return new Decision(changed, confirmed, refusals);
    }

    private static Refusal refusal(Answers answers, String practice, String field, String confirmer) {
        Answer answer = practice == null ? null : answers.get(practice).orElse(null);
        if (answer == null) {
            return new Refusal(new InputError(field, "the team's newest assessment has no answer to "
                    + (practice == null ? "null" : practice)), false);
        }
        List<EvidenceItem> evidence = answer.details().evidence();
        if (evidence.isEmpty()) {
            return new Refusal(new InputError(field, "the answer to " + practice + " has no evidence to confirm; "
                    + "record a link or a note with it first"), false);
        }
        if (evidence.stream().allMatch(EvidenceItem::confirmed)) {
            return new Refusal(new InputError(field, "every evidence item of " + practice + " is confirmed already"),
                    true);
        }
        if (others(answer, confirmer).isEmpty()) {
            return new Refusal(new InputError(field, practice + ": " + SECOND_PERSON), true);
        }
        return null;
    }

    /** The unconfirmed items of an answer someone other than {@code confirmer} recorded. */
    private static List<EvidenceItem> others(Answer answer, String confirmer) {
        return answer.details().evidence().stream()
                .filter(item -> !item.confirmed() && !Objects.equals(item.recordedBy(), confirmer)).toList();
    }

    private static Answer confirmed(Answer answer, String confirmer, Instant at, List<Confirmed> confirmed) {
        List<EvidenceItem> items = new ArrayList<>();
        int count = 0;
        for (EvidenceItem item : answer.details().evidence()) {
            boolean mine = Objects.equals(item.recordedBy(), confirmer);
            if (!item.confirmed() && !mine) {
                items.add(item.confirmedBy(confirmer, at));
                count++;
            } else {
                items.add(item);
            }
        }
        confirmed.add(new Confirmed(answer.practice(), count));
        AnswerDetails details = answer.details().withEvidence(items);
        return new Answer(answer.practice(), answer.value(), answer.rank(), details.support(), answer.stale(),
                answer.notApplicable(), details);
    }
}
