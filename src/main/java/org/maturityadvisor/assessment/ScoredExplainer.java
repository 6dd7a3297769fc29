package org.maturityadvisor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Dimension;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;

/**
 * The explained chain of a scored model: the band and score, each section's sum, the tests that earn points and, for
 * every band above, the sections whose sum the rules found too low with their tests that do not earn full points
 * (each test under the lowest band it holds back).
 */
final class ScoredExplainer {

    private ScoredExplainer() {
    }

    static ModelAssessment explain(MaturityModel model, RuleFindings findings) {
        Map<String, Integer> classified = Explainer.classifications(model, findings);
        int band = Explainer.level(model, null, classified);
        Map<String, CriterionResult> results = Explainer.results(model, findings);
        double score = score(model, findings);

        List<MetCriterion> met = new ArrayList<>();
        List<NotApplicable> notApplicable = new ArrayList<>();
        for (Criterion test : model.criteria()) {
            CriterionResult result = results.get(test.id());
            if (result.points() > 0) {
                met.add(Explainer.met(result, result.points()));
            } else if (result.status() == CriterionStatus.NOT_APPLICABLE) {
                notApplicable.add(Explainer.notApplicable(result));
            }
        }
        Set<String> listed = new HashSet<>();
        List<BlockedLevel> blocked = model.levels().stream().filter(l -> l.number() > band)
                .map(l -> blocked(model, l, findings, results, listed)).toList();
        List<DimensionLevel> sections = sections(model, findings, classified);
        Level reached = model.level(band);
        return new ModelAssessment(model.id(), model.name(), model.kind(), band, reached.name(),
                model.topLevel(), score, reached.alignment(),
                Summary.ofScored(model, reached, score, sections, blocked), sections, met, blocked, notApplicable,
                List.of(LevelBases.of(band, met)));
    }

    static double score(MaturityModel model, RuleFindings findings) {
        return findings.scores().stream().filter(s -> s.model().equals(model.id())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the rules computed no score for model " + model.id()))
                .score();
    }

    /**
     * A band above the one reached: every section short of it, and the tests of the sections that are short for the
     * first time at this band (those of sections already short at a lower band are listed there, as a gated level
     * lists only its own criteria), so each test appears once.
     */
    private static BlockedLevel blocked(MaturityModel model, Level band, RuleFindings findings,
                                        Map<String, CriterionResult> results, Set<String> listed) {
        List<String> order = model.dimensions().stream().map(Dimension::name).toList();
        List<SectionShortfall> shortfalls = findings.shortfalls().stream()
                .filter(s -> s.model().equals(model.id()) && s.level() == band.number())
                .sorted(Comparator.comparingInt(s -> order.indexOf(s.section())))
                .map(s -> new SectionShortfall(s.section(), s.score(), s.floor())).toList();
        List<Blocker> blockers = new ArrayList<>();
        for (SectionShortfall shortfall : shortfalls) {
            if (!listed.add(shortfall.section())) {
                continue;
            }
            for (Criterion test : model.criteriaOf(shortfall.section())) {
                CriterionResult result = results.get(test.id());
                if (result.status() != CriterionStatus.MET && result.status() != CriterionStatus.NOT_APPLICABLE) {
                    blockers.add(Explainer.blocker(result, band.number()));
                }
            }
        }
        return new BlockedLevel(band.number(), band.name(), shortfalls, blockers);
    }

    /** Each section's level and points, in the model's order (the full result's and the summary's one reading). */
    static List<DimensionLevel> sections(MaturityModel model, RuleFindings findings, Map<String, Integer> classified) {
        Map<String, Double> sums = new HashMap<>();
        for (SectionScore sum : findings.sectionScores()) {
            if (sum.model().equals(model.id())) {
                sums.put(sum.section(), sum.score());
            }
        }
        List<DimensionLevel> sections = new ArrayList<>(model.dimensions().size());
        for (Dimension section : model.dimensions()) {
            int reached = Explainer.level(model, section.name(), classified);
            Double sum = sums.get(section.name());
            if (sum == null) {
                throw new IllegalStateException("the rules summed no points for section " + section.name()
                        + " of model " + model.id());
            }
            sections.add(new DimensionLevel(section.name(), reached, model.level(reached).name(), sum));
        }
        return sections;
    }
}
