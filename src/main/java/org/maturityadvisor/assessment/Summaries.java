package org.maturityadvisor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.Dimension;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.TargetRule;

/**
 * {@code view=summary} read straight from the facts the rules inserted, without the explained chain: each model's level
 * and dimensions (as {@link Explainer} and its scored and checklist siblings read them), the next level and the ids of
 * the criteria that block it, a checklist's section completion, and the target. The same reading as the explainers',
 * minus the texts, met criteria, not-applicable lists, bases and every blocked level but the next: {@link
 * AssessmentSummary#of(AssessmentResult)} of the full result gives the same summary (SummaryMatchesFullResultTest).
 */
final class Summaries {

    private Summaries() {
    }

    static AssessmentSummary of(String team, String rulesetVersion, Definitions definitions, RuleFindings findings) {
        List<AssessmentSummary.Model> models = new ArrayList<>(definitions.models().size());
        for (MaturityModel model : definitions.models()) {
            models.add(switch (model.kind()) {
                case SCORED -> scored(model, findings);
                case CHECKLIST -> checklist(model, findings);
                case GATED -> gated(model, findings);
            });
        }
        return new AssessmentSummary(team, rulesetVersion, models,
                definitions.targets().isEmpty() ? null : target(models, findings));
    }

    /** The first level above {@code level} in the model's order, as the explainers' first blocked level; or null. */
    private static Level next(MaturityModel model, int level) {
        for (Level l : model.levels()) {
            if (l.number() > level) {
                return l;
            }
        }
        return null;
    }

    private static boolean blocks(CriterionResult result) {
        return result.status() != CriterionStatus.MET && result.status() != CriterionStatus.NOT_APPLICABLE;
    }

    private static AssessmentSummary.Model gated(MaturityModel model, RuleFindings findings) {
        Map<String, Integer> classified = Explainer.classifications(model, findings);
        int level = Explainer.level(model, null, classified);
        Map<String, CriterionResult> results = Explainer.results(model, findings);
        Level next = next(model, level);
        List<String> blockers = new ArrayList<>();
        if (next != null) {
            for (Criterion criterion : model.criteria()) {
                if (criterion.level() == next.number() && blocks(results.get(criterion.id()))) {
                    blockers.add(criterion.id());
                }
            }
        }
        List<DimensionLevel> dimensions = new ArrayList<>(model.dimensions().size());
        for (Dimension dimension : model.dimensions()) {
            int reached = Explainer.level(model, dimension.name(), classified);
            dimensions.add(new DimensionLevel(dimension.name(), reached, model.level(reached).name(), null,
                    Explainer.noCriteriaAt(model, dimension.name())));
        }
        return new AssessmentSummary.Model(model.id(), level, model.level(level).name(), null, dimensions,
                next == null ? null : next.number(), blockers);
    }

    private static AssessmentSummary.Model scored(MaturityModel model, RuleFindings findings) {
        Map<String, Integer> classified = Explainer.classifications(model, findings);
        int band = Explainer.level(model, null, classified);
        Map<String, CriterionResult> results = Explainer.results(model, findings);
        double score = ScoredExplainer.score(model, findings);
        List<DimensionLevel> sections = ScoredExplainer.sections(model, findings, classified);
        List<String> order = sections.stream().map(DimensionLevel::dimension).toList();
        Level next = next(model, band);
        List<String> blockers = new ArrayList<>();
        if (next != null) {
            // the next band's short sections in the model's order, each once, with their tests short of full points
            List<Shortfall> short_ = new ArrayList<>();
            for (Shortfall shortfall : findings.shortfalls()) {
                if (shortfall.model().equals(model.id()) && shortfall.level() == next.number()) {
                    short_.add(shortfall);
                }
            }
            short_.sort(Comparator.comparingInt(s -> order.indexOf(s.section())));
            Set<String> listed = new HashSet<>();
            for (Shortfall shortfall : short_) {
                if (listed.add(shortfall.section())) {
                    for (Criterion test : model.criteriaOf(shortfall.section())) {
                        if (blocks(results.get(test.id()))) {
                            blockers.add(test.id());
                        }
                    }
                }
            }
        }
        return new AssessmentSummary.Model(model.id(), band, model.level(band).name(), score, sections,
                next == null ? null : next.number(), blockers);
    }

    private static AssessmentSummary.Model checklist(MaturityModel model, RuleFindings findings) {
        Map<String, Integer> classified = Explainer.classifications(model, findings);
        int level = Explainer.level(model, null, classified);
        Map<String, CriterionResult> results = Explainer.results(model, findings);
        Map<String, SectionTally> tallies = ChecklistExplainer.tallies(model, findings);
        List<String> requiredUnmet = new ArrayList<>();
        Map<String, List<String>> unmet = new HashMap<>();
        for (Criterion statement : model.criteria()) {
            if (blocks(results.get(statement.id()))) {
                unmet.computeIfAbsent(statement.dimension(), s -> new ArrayList<>()).add(statement.id());
                if (statement.level() == 1) {
                    requiredUnmet.add(statement.id());
                }
            }
        }
        List<AssessmentSummary.Section> sections = new ArrayList<>(model.dimensions().size());
        List<DimensionLevel> dimensions = new ArrayList<>(model.dimensions().size());
        for (Dimension section : model.dimensions()) {
            SectionTally tally = tallies.get(section.name());
            int complete = Explainer.level(model, section.name(), classified);
            sections.add(new AssessmentSummary.Section(section.name(), section.role(), tally.met(), tally.applicable(),
                    tally.total(), complete == 1, unmet.getOrDefault(section.name(), List.of())));
            dimensions.add(new DimensionLevel(section.name(), complete, model.level(complete).name(), null));
        }
        boolean top = level >= model.topLevel();
        return new AssessmentSummary.Model(model.id(), level, model.level(level).name(), null, dimensions,
                top ? null : model.topLevel(), top ? List.of() : requiredUnmet, sections);
    }

    /** As {@link TargetExplainer}: the one advised row, its model's level against the row's. */
    private static AssessmentSummary.Target target(List<AssessmentSummary.Model> models, RuleFindings findings) {
        if (findings.targets().size() != 1) {
            throw new IllegalStateException("the rules advised " + findings.targets().size() + " target levels "
                    + "instead of one; check rules/target.drl and that the target table ends with an any/any/any row");
        }
        TargetRule rule = findings.targets().get(0).rule();
        AssessmentSummary.Model model = models.stream().filter(m -> m.model().equals(rule.model())).findFirst()
                .orElseThrow();
        return new AssessmentSummary.Target(model.model(), rule.level(), TargetStatus.of(model.level(), rule.level()),
                rule.id());
    }
}
