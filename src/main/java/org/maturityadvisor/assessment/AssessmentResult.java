package org.maturityadvisor.assessment;

import java.util.List;

/**
 * A team's classification in every model, with the explained chain, the level it should aim for (null when the rule
 * set has no target table), and the rule-set version that produced it.
 */
public record AssessmentResult(String team, String rulesetVersion, List<ModelAssessment> models,
                               TargetLevel target, ResultBasis restsOn) {

    public AssessmentResult {
        models = List.copyOf(models);
    }

    /** A result that does not say what it rests on (read from before evidence existed). */
    public AssessmentResult(String team, String rulesetVersion, List<ModelAssessment> models, TargetLevel target) {
        this(team, rulesetVersion, models, target, null);
    }

    public ModelAssessment model(String id) {
        return models.stream().filter(model -> model.model().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + id + " in this result"));
    }
}
