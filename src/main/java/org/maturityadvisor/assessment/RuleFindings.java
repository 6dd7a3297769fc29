package org.maturityadvisor.assessment;

import java.util.List;

/** Everything the rules inserted for one team: the only input of the explanation. */
public record RuleFindings(List<CriterionResult> results, List<Classification> classifications,
                           List<SectionScore> sectionScores, List<ModelScore> scores, List<Shortfall> shortfalls,
                           List<TargetMatch> targetMatches, List<TargetAdvice> targets) {

    public RuleFindings {
        results = List.copyOf(results);
        classifications = List.copyOf(classifications);
        sectionScores = List.copyOf(sectionScores);
        scores = List.copyOf(scores);
        shortfalls = List.copyOf(shortfalls);
        targetMatches = List.copyOf(targetMatches);
        targets = List.copyOf(targets);
    }
}
