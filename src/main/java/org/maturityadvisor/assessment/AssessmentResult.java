package org.maturityadvisor.assessment;

import java.util.List;

/**
 * A team's classification in every model, with the explained chain, the level it should aim for (null when the rule
 * set has no target table), the rule-set version that produced it, what its answers rest on, and, when the team's
 * repository was read, claimed vs observed for every practice a detector looked for ({@code observed}, empty
 * otherwise).
 */
public record AssessmentResult(String team, String rulesetVersion, List<ModelAssessment> models,
                               TargetLevel target, ResultBasis restsOn, List<ClaimCheck> observed) {

    public AssessmentResult {
        models = List.copyOf(models);
        observed = observed == null ? List.of() : List.copyOf(observed);
    }

    /** A result with no repository read: no claimed-vs-observed checks. */
    public AssessmentResult(String team, String rulesetVersion, List<ModelAssessment> models, TargetLevel target,
                            ResultBasis restsOn) {
        this(team, rulesetVersion, models, target, restsOn, List.of());
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
