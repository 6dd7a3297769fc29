package org.maturityadvisor.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;

/**
 * Builds the explained chain from the facts the rules inserted, and from nothing else: levels come from the
 * {@link Classification} facts, met and blocking criteria from the {@link CriterionResult} facts, scores and the
 * sections short of a band from {@link SectionScore}, {@link ModelScore} and {@link Shortfall}, the target from
 * {@link TargetAdvice}. No threshold is compared here, so the explanation cannot drift from the tables.
 */
public final class Explainer {

    private Explainer() {
    }

    public static AssessmentResult explain(String team, String rulesetVersion, Definitions definitions,
                                           RuleFindings findings, TeamContext context) {
        return explain(team, rulesetVersion, definitions, findings, context, Answers.none());
    }

    /** The explained chain, saying what it rests on: {@code answers} are the answers the rules judged. */
    public static AssessmentResult explain(String team, String rulesetVersion, Definitions definitions,
                                           RuleFindings findings, TeamContext context, Answers answers) {
        List<ModelAssessment> models = definitions.models().stream()
                .map(model -> switch (model.kind()) {
                    case SCORED -> ScoredExplainer.explain(model, findings);
                    case CHECKLIST -> ChecklistExplainer.explain(model, findings);
                    case GATED -> explain(model, findings);
                })
                .toList();
        TargetLevel target = definitions.targets().isEmpty() ? null
                : TargetExplainer.explain(definitions.models(), models, findings, context);
        return new AssessmentResult(team, rulesetVersion, models, target, ResultBasis.of(answers.all()),
                ClaimCheck.of(answers));
    }

    static ModelAssessment explain(MaturityModel model, RuleFindings findings) {
        Map<String, Integer> classified = classifications(model, findings);
        int level = level(model, null, classified);
        Map<String, CriterionResult> results = results(model, findings);
        List<MetCriterion> met = new ArrayList<>();
        Map<Integer, List<Blocker>> blockers = new HashMap<>();
        List<NotApplicable> notApplicable = new ArrayList<>();
        for (Criterion criterion : model.criteria()) {
            CriterionResult result = results.get(criterion.id());
            if (result.status() == CriterionStatus.MET) {
                met.add(met(result, null));
            } else if (result.status() == CriterionStatus.NOT_APPLICABLE) {
                notApplicable.add(notApplicable(result));
            } else if (criterion.level() > level) {
                blockers.computeIfAbsent(criterion.level(), n -> new ArrayList<>()).add(blocker(result, level));
            }
        }
        List<BlockedLevel> blocked = model.levels().stream().filter(l -> l.number() > level)
                .map(l -> new BlockedLevel(l.number(), l.name(), blockers.getOrDefault(l.number(), List.of())))
                .toList();
        List<DimensionLevel> dimensions = model.dimensions().stream().map(dimension -> {
            int reached = level(model, dimension.name(), classified);
            return new DimensionLevel(dimension.name(), reached, model.level(reached).name(), null,
                    noCriteriaAt(model, dimension.name()));
        }).toList();
        Level reached = model.level(level);
        List<LevelBasis> restsOn = model.levels().stream().filter(l -> l.number() >= 1 && l.number() <= level)
                .map(l -> LevelBases.of(l.number(), met.stream().filter(m -> m.level() == l.number()).toList()))
                .toList();
        return new ModelAssessment(model.id(), model.name(), model.kind(), level, reached.name(),
                model.topLevel(), null, reached.alignment(), Summary.of(model, reached, blocked), dimensions, met,
                blocked, notApplicable, restsOn);
    }

    /** The levels (1 and up) at which a gated dimension has no criterion: it passes them by default. */
    static List<Integer> noCriteriaAt(MaturityModel model, String dimension) {
        boolean[] has = new boolean[model.topLevel() + 1];
        model.criteriaOf(dimension).forEach(criterion -> has[criterion.level()] = true);
        List<Integer> none = new ArrayList<>();
        for (int level = 1; level <= model.topLevel(); level++) {
            if (!has[level]) {
                none.add(level);
            }
        }
        return none;
    }

    static NotApplicable notApplicable(CriterionResult result) {
        Criterion c = result.criterion();
        return new NotApplicable(c.id(), c.text(), c.level(), c.dimension(), c.practice(), result.reason(),
                result.byContext());
    }

    /**
     * Each model's level, score and met criteria, as {@link #explain}'s result has them, without the explanation; the
     * findings are read once for all models (a what-if ranking reads them for every one of its variants).
     */
    static List<ModelOutcome> outcomes(Definitions definitions, RuleFindings findings) {
        Map<String, Map<String, CriterionResult>> results = new HashMap<>();
        for (CriterionResult result : findings.results()) {
            results.computeIfAbsent(result.model(), m -> new HashMap<>()).put(result.criterion().id(), result);
        }
        Map<String, Integer> levels = new HashMap<>();
        for (Classification c : findings.classifications()) {
            if (c.dimension() == null) {
                levels.merge(c.model(), c.level(), Math::max);
            }
        }
        List<ModelOutcome> outcomes = new ArrayList<>(definitions.models().size());
        for (MaturityModel model : definitions.models()) {
            Integer level = levels.get(model.id());
            if (level == null) {
                throw new IllegalStateException("the rules classified no level of model " + model.id()
                        + "; check the rules/*.drl files");
            }
            Map<String, CriterionResult> judged = results.getOrDefault(model.id(), Map.of());
            Map<String, Double> met = new LinkedHashMap<>();
            Double score = null;
            if (model.kind() == ModelKind.SCORED) {
                score = ScoredExplainer.score(model, findings);
            }
            for (Criterion criterion : model.criteria()) {
                CriterionResult result = judged.get(criterion.id());
                if (result == null) {
                    throw new IllegalStateException("the rules judged no result for criterion " + criterion.id());
                }
                if (model.kind() == ModelKind.SCORED ? result.points() > 0 : result.status() == CriterionStatus.MET) {
                    met.put(criterion.id(), model.kind() == ModelKind.SCORED ? result.points() : null);
                }
            }
            outcomes.add(new ModelOutcome(model.id(), level, score, met));
        }
        return outcomes;
    }

    /** Every criterion's result, by criterion id; a criterion the rules did not judge is a broken rule set. */
    static Map<String, CriterionResult> results(MaturityModel model, RuleFindings findings) {
        Map<String, CriterionResult> results = new HashMap<>();
        findings.results().stream().filter(r -> r.model().equals(model.id()))
                .forEach(r -> results.put(r.criterion().id(), r));
        for (Criterion criterion : model.criteria()) {
            if (!results.containsKey(criterion.id())) {
                throw new IllegalStateException("the rules judged no result for criterion " + criterion.id());
            }
        }
        return results;
    }

    /**
     * The highest level the rules found reached in this model: the whole model under "", each dimension under its
     * name. The rules insert one {@link Classification} per level reached (a scored model's rules only the band).
     */
    static Map<String, Integer> classifications(MaturityModel model, RuleFindings findings) {
        Map<String, Integer> levels = new HashMap<>();
        for (Classification c : findings.classifications()) {
            if (c.model().equals(model.id())) {
                levels.merge(c.dimension() == null ? "" : c.dimension(), c.level(), Math::max);
            }
        }
        return levels;
    }

    static int level(MaturityModel model, String dimension, Map<String, Integer> classified) {
        Integer level = classified.get(dimension == null ? "" : dimension);
        if (level == null) {
            throw new IllegalStateException("the rules classified no level of model " + model.id()
                    + (dimension == null ? "" : ", dimension " + dimension) + "; check the rules/*.drl files");
        }
        return level;
    }

    static MetCriterion met(CriterionResult result, Double points) {
        Criterion c = result.criterion();
        return new MetCriterion(c.id(), c.text(), c.level(), c.dimension(), c.practice(), result.observed(),
                c.required(), points, Basis.of(result.answer()));
    }

    /** A blocker of {@code level}; for a gated or checklist model the criterion's own level. */
    static Blocker blocker(CriterionResult result, int level) {
        Criterion c = result.criterion();
        return new Blocker(c.id(), c.text(), c.kind() != ModelKind.SCORED ? c.level() : level, c.dimension(),
                c.practice(), result.observed(), c.required(), result.status(), c.remediation(),
                c.effort(), result.doubt(), Basis.of(result.answer()));
    }
}
