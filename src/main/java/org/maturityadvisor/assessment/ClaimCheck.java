package org.maturityadvisor.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.Sighting;

/**
 * Claimed vs observed for one practice a detector looked for: the team's value (null when it did not answer), the
 * value the repository shows (null when nothing was found), how they compare, and the sightings behind the
 * observation.
 */
public record ClaimCheck(String practice, String claimed, String observed, Agreement agreement,
                         List<Sighting> sightings) {

    public ClaimCheck {
        sightings = sightings == null ? List.of() : List.copyOf(sightings);
    }

    /** The check of an answer merged with a scan; empty when no detector looked for its practice. */
    public static Optional<ClaimCheck> of(Answer answer) {
        Agreement agreement = answer.details().agreement();
        if (agreement == null) {
            return Optional.empty();
        }
        var observation = answer.details().observed();
        String claimed = agreement == Agreement.FOUND_NOT_ANSWERED ? null : answer.shown();
        return Optional.of(new ClaimCheck(answer.practice(), claimed,
                observation == null ? null : observation.value(), agreement,
                observation == null ? List.of() : observation.sightings()));
    }

    /** The checks of every answer merged with a scan, in answer order; empty when no repository was read. */
    public static List<ClaimCheck> of(Answers answers) {
        List<ClaimCheck> checks = new ArrayList<>();
        answers.all().forEach(answer -> of(answer).ifPresent(checks::add));
        return checks;
    }
}
