package org.maturityadvisor.lifecycle;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.ModelAssessment;

/**
 * Where a team stands in one model under the active version, as the rules placed it (its stored result, or its
 * assessment): the level, the score of a scored model, and the criteria that block the next level (none at the top).
 */
record Standing(int level, Double score, Set<String> nextBlockers) {

    Standing {
        nextBlockers = Set.copyOf(nextBlockers);
    }

    /** Where an assessed team stands in each model, by model id, as its stored result would record it. */
    static Map<String, Standing> of(AssessmentResult result) {
        Map<String, Standing> standings = new HashMap<>();
        for (ModelAssessment model : result.models()) {
            Set<String> next = model.blockedLevels().isEmpty() ? Set.of() : model.blockedLevels().get(0).blockers()
                    .stream().map(Blocker::criterion).collect(Collectors.toSet());
            standings.put(model.model(), new Standing(model.level(), model.score(), next));
        }
        return standings;
    }
}
