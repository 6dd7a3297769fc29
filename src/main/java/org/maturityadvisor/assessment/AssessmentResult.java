package org.maturityadvisor.assessment;

import java.util.List;

/**
 * A team's classification in every model, with the explained chain, the level it should aim for (null when the rule
 * set has no target table), and the rule-set version that produced it.
 */
public record AssessmentResult(String team, String rulesetVersion, List<ModelAssessment> models,
                               TargetLevel target) {

    public AssessmentResult {
        models = List.copyOf(models);
    }

    public ModelAssessment model(String id) {
        return models.stream().filter(model -> model.model().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model " + id + " in this result"));
    }
}
