package org.maturityadvisor.scan;

import java.time.LocalDate;
import java.util.Optional;

import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.AnswerDetails;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;

/**
 * Merges what a repository shows with what a team answered, for every practice a detector looks for:
 * <ul>
 *   <li>an answer the files show (the same value or higher) keeps its value and rests on the observation at least
 *       (fresh: the files show it today); "found but answered lower" keeps the team's lower value: the team decides,
 *       the difference is shown;</li>
 *   <li>an answer the files do not show (nothing, or a lower value, found) stays a claim, marked "claimed but not
 *       found";</li>
 *   <li>an unanswered practice the files show takes the observed value, resting on the observation;</li>
 *   <li>an unanswered practice the files do not show stays unknown: absence in the files is never "no";</li>
 *   <li>a practice answered "not applicable" is left alone.</li>
 * </ul>
 */
public final class ClaimedVsObserved {

    private ClaimedVsObserved() {
    }

    public static Answers merge(Answers answers, ScanReport scan, PracticeCatalog catalog, LocalDate day) {
        Answers merged = answers;
        for (Observation observation : scan.observations()) {
            merged = merged.with(merged(merged.get(observation.practice()), Optional.of(observation), catalog, day));
        }
        for (String practice : scan.notFound()) {
            Optional<Answer> answer = merged.get(practice);
            if (answer.isPresent()) {
                merged = merged.with(merged(answer, Optional.empty(), catalog, day));
            }
        }
        return merged;
    }

    private static Answer merged(Optional<Answer> given, Optional<Observation> observation, PracticeCatalog catalog,
                                 LocalDate day) {
        int observedRank = observation.map(Observation::rank).orElse(-1);
        if (given.isEmpty()) {
            Observation seen = observation.orElseThrow();
            Practice practice = catalog.find(seen.practice()).orElseThrow(
                    () -> new IllegalArgumentException("no practice " + seen.practice() + " in the catalog"));
            AnswerDetails details = AnswerDetails.none().withAsOf(day)
                    .withObserved(seen, Agreement.FOUND_NOT_ANSWERED);
            return practice.answer(seen.value(), details, day);
        }
        Answer answer = given.get();
        if (answer.notApplicable()) {
            return answer;
        }
        Agreement agreement = Agreement.of(answer.rank(), observedRank);
        AnswerDetails details = answer.details().withObserved(observation.orElse(null), agreement);
        boolean shown = agreement == Agreement.AGREES || agreement == Agreement.FOUND_ANSWERED_LOWER;
        return new Answer(answer.practice(), answer.value(), answer.rank(), details.support(),
                !shown && answer.stale(), false, details);
    }
}
