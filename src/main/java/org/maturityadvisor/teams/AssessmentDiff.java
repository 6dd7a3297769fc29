package org.maturityadvisor.teams;

import java.util.List;

import org.maturityadvisor.simulation.InputDiff;
import org.maturityadvisor.simulation.ModelDiff;

/**
 * What changed between two stored assessments of one team: the answers and context, the rule-set version (a level can
 * move because the rules changed, not the team), and per model the {@link ModelDiff} the what-if gives too.
 */
public record AssessmentDiff(String team, int from, int to, VersionChange ruleset,
                             List<InputDiff.Change<String>> answers, List<InputDiff.Change<?>> context,
                             List<ModelDiff> models) {

    public AssessmentDiff {
        answers = List.copyOf(answers);
        context = List.copyOf(context);
        models = List.copyOf(models);
    }

    public record VersionChange(String before, String after, boolean changed) {
    }
}
