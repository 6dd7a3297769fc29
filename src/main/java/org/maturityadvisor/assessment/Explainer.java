package org.maturityadvisor.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;

/**
 * Builds the explained chain from the facts the rules inserted, and from nothing else: levels come from the
 * {@link Classification} facts, met and blocking criteria from the {@link CriterionResult} facts. No threshold is
 * compared here, so the explanation cannot drift from the tables.
 */
public final class Explainer {

    private static final Comparator<CriterionResult> TABLE_ORDER = Comparator
            .comparingInt((CriterionResult r) -> r.level())
            .thenComparing(r -> r.criterion().source().file())
            .thenComparingInt(r -> r.criterion().source().row());

    private Explainer() {
    }

    public static AssessmentResult explain(String team, String rulesetVersion, List<MaturityModel> models,
                                           RuleFindings findings) {
        return new AssessmentResult(team, rulesetVersion,
                models.stream().map(model -> explain(model, findings)).toList());
    }

    static ModelAssessment explain(MaturityModel model, RuleFindings findings) {
        int level = classified(model, null, findings);
        List<CriterionResult> results = findings.results().stream()
                .filter(result -> result.model().equals(model.id())).sorted(TABLE_ORDER).toList();
        List<DimensionLevel> dimensions = dimensionLevels(model, findings);
        List<MetCriterion> met = results.stream()
                .filter(result -> result.status() == CriterionStatus.MET).map(Explainer::met).toList();
        List<BlockedLevel> blocked = model.levels().stream().filter(l -> l.number() > level)
                .map(l -> blocked(l, results)).toList();
        Level reached = model.level(level);
        return new ModelAssessment(model.id(), model.name(), level, reached.name(), model.topLevel(),
                Summary.of(model, reached, blocked), dimensions, met, blocked);
    }

    private static List<DimensionLevel> dimensionLevels(MaturityModel model, RuleFindings findings) {
        return model.dimensions().stream().map(dimension -> {
            int level = classified(model, dimension.name(), findings);
            return new DimensionLevel(dimension.name(), level, model.level(level).name());
        }).toList();
    }

    private static int classified(MaturityModel model, String dimension, RuleFindings findings) {
        return findings.classifications().stream()
                .filter(c -> c.model().equals(model.id()) && Objects.equals(c.dimension(), dimension))
                .mapToInt(Classification::level).findFirst()
                .orElseThrow(() -> new IllegalStateException("the rules classified no level for model " + model.id()
                        + (dimension == null ? "" : ", dimension " + dimension) + "; check rules/promotion.drl"));
    }

    private static BlockedLevel blocked(Level level, List<CriterionResult> results) {
        return new BlockedLevel(level.number(), level.name(), results.stream()
                .filter(r -> r.level() == level.number() && r.status() != CriterionStatus.MET)
                .map(Explainer::blocker).toList());
    }

    private static MetCriterion met(CriterionResult result) {
        Criterion c = result.criterion();
        return new MetCriterion(c.id(), c.text(), c.level(), c.dimension(), c.practice(), result.observed(),
                c.required());
    }

    private static Blocker blocker(CriterionResult result) {
        Criterion c = result.criterion();
        return new Blocker(c.id(), c.text(), c.level(), c.dimension(), c.practice(), result.observed(),
                c.required(), result.status().label(), c.remediation(), c.effort().label());
    }
}
