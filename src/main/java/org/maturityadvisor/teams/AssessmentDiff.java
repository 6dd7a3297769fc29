package org.maturityadvisor.teams;

import java.util.List;

/**
 * What changed between two stored assessments of one team: the answers and context, the rule-set version (a level can
 * move because the rules changed, not the team), and per model the level and the blockers cleared or added.
 */
public record AssessmentDiff(String team, int from, int to, VersionChange ruleset, List<Change> answers,
                             List<Change> context, List<ModelChange> models) {

    public AssessmentDiff {
        answers = List.copyOf(answers);
        context = List.copyOf(context);
        models = List.copyOf(models);
    }

    public record VersionChange(String before, String after, boolean changed) {
    }

    /** A field whose value differs; null means not answered. */
    public record Change(String field, Object before, Object after) {
    }

    /**
     * One model: level (and score) before and after, and the criteria that blocked a level above before but not after
     * ({@code blockersCleared}) or the other way round ({@code blockersAdded}).
     */
    public record ModelChange(String model, Integer levelBefore, Integer levelAfter, Integer delta, Double scoreBefore,
                              Double scoreAfter, List<String> blockersCleared, List<String> blockersAdded) {
        public ModelChange {
            blockersCleared = List.copyOf(blockersCleared);
            blockersAdded = List.copyOf(blockersAdded);
        }
    }
}
