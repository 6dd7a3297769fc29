package org.maturityadvisor.assessment;

import java.util.List;

/**
 * Everything the rules inserted for one team: the only input of the explanation. {@code tallies} count the sections
 * of the checklist models.
 */
public record RuleFindings(List<CriterionResult> results, List<Classification> classifications,
                           List<SectionScore> sectionScores, List<ModelScore> scores, List<Shortfall> shortfalls,
                           List<TargetMatch> targetMatches, List<TargetAdvice> targets, List<SectionTally> tallies) {

    /** Findings without checklist sections. */
    public RuleFindings(List<CriterionResult> results, List<Classification> classifications,
                        List<SectionScore> sectionScores, List<ModelScore> scores, List<Shortfall> shortfalls,
                        List<TargetMatch> targetMatches, List<TargetAdvice> targets) {
        this(results, classifications, sectionScores, scores, shortfalls, targetMatches, targets, List.of());
    }

    public RuleFindings {
        tallies = tallies == null ? List.of() : List.copyOf(tallies);
        results = List.copyOf(results);
        classifications = List.copyOf(classifications);
        sectionScores = List.copyOf(sectionScores);
        scores = List.copyOf(scores);
        shortfalls = List.copyOf(shortfalls);
        targetMatches = List.copyOf(targetMatches);
        targets = List.copyOf(targets);
    }
}
