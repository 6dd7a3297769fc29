package org.maturityadvisor.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;

/**
 * Builds the explained chain from the facts the rules inserted, and from nothing else: levels come from the
 * {@link Classification} facts, met and blocking criteria from the {@link CriterionResult} facts. No threshold is
 * compared here, so the explanation cannot drift from the tables.
 */
public final class Explainer {

    private Explainer() {
    }

    public static AssessmentResult explain(String team, String rulesetVersion, List<MaturityModel> models,
                                           RuleFindings findings) {
        return new AssessmentResult(team, rulesetVersion,
                models.stream().map(model -> explain(model, findings)).toList());
    }

    static ModelAssessment explain(MaturityModel model, RuleFindings findings) {
        Map<String, Integer> classified = classifications(model, findings);
        int level = level(model, null, classified);
        Map<String, CriterionResult> results = new HashMap<>();
        findings.results().stream().filter(r -> r.model().equals(model.id()))
                .forEach(r -> results.put(r.criterion().id(), r));
        List<MetCriterion> met = new ArrayList<>();
        Map<Integer, List<Blocker>> blockers = new HashMap<>();
        for (Criterion criterion : model.criteria()) {
            CriterionResult result = results.get(criterion.id());
            if (result == null) {
                throw new IllegalStateException("the rules judged no result for criterion " + criterion.id());
            }
            if (result.status() == CriterionStatus.MET) {
                met.add(met(result));
            } else if (criterion.level() > level) {
                blockers.computeIfAbsent(criterion.level(), n -> new ArrayList<>()).add(blocker(result));
            }
        }
        List<BlockedLevel> blocked = model.levels().stream().filter(l -> l.number() > level)
                .map(l -> new BlockedLevel(l.number(), l.name(), blockers.getOrDefault(l.number(), List.of())))
                .toList();
        List<DimensionLevel> dimensions = model.dimensions().stream().map(dimension -> {
            int reached = level(model, dimension.name(), classified);
            return new DimensionLevel(dimension.name(), reached, model.level(reached).name());
        }).toList();
        Level reached = model.level(level);
        return new ModelAssessment(model.id(), model.name(), level, reached.name(), model.topLevel(),
                Summary.of(model, reached, blocked), dimensions, met, blocked);
    }

    /** The levels the rules classified for this model: the whole model under "", each dimension under its name. */
    private static Map<String, Integer> classifications(MaturityModel model, RuleFindings findings) {
        Map<String, Integer> levels = new HashMap<>();
        for (Classification c : findings.classifications()) {
            if (c.model().equals(model.id())) {
                levels.put(c.dimension() == null ? "" : c.dimension(), c.level());
            }
        }
        return levels;
    }

    private static int level(MaturityModel model, String dimension, Map<String, Integer> classified) {
        Integer level = classified.get(dimension == null ? "" : dimension);
        if (level == null) {
            throw new IllegalStateException("the rules classified no level of model " + model.id()
                    + (dimension == null ? "" : ", dimension " + dimension) + "; check rules/promotion.drl");
        }
        return level;
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
