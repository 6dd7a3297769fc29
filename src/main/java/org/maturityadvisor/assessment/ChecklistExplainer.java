package org.maturityadvisor.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Dimension;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;

/**
 * The explained chain of a checklist model, from the facts the rules inserted: the verdict ({@link Classification} of
 * the model, 0 or 1), each section's completion ({@link SectionTally} and its own {@link Classification}) with its
 * unmet statements, the statements met, and at level 0 the one blocked level listing the unmet statements of the
 * required sections. An extra section never blocks: its unmet statements are listed under the section only.
 */
final class ChecklistExplainer {

    private ChecklistExplainer() {
    }

    static ModelAssessment explain(MaturityModel model, RuleFindings findings) {
        Map<String, Integer> classified = Explainer.classifications(model, findings);
        int level = Explainer.level(model, null, classified);
        Map<String, CriterionResult> results = Explainer.results(model, findings);
        Map<String, SectionTally> tallies = tallies(model, findings);

        List<MetCriterion> met = new ArrayList<>();
        List<NotApplicable> notApplicable = new ArrayList<>();
        List<Blocker> requiredUnmet = new ArrayList<>();
        Map<String, List<Blocker>> unmet = new HashMap<>();
        for (Criterion statement : model.criteria()) {
            CriterionResult result = results.get(statement.id());
            if (result.status() == CriterionStatus.MET) {
                met.add(Explainer.met(result, null));
            } else if (result.status() == CriterionStatus.NOT_APPLICABLE) {
                notApplicable.add(Explainer.notApplicable(result));
            } else {
                Blocker blocker = Explainer.blocker(result, statement.level());
                unmet.computeIfAbsent(statement.dimension(), s -> new ArrayList<>()).add(blocker);
                if (statement.level() == 1) {
                    requiredUnmet.add(blocker);
                }
            }
        }
        List<SectionCompletion> sections = new ArrayList<>();
        List<DimensionLevel> dimensions = new ArrayList<>();
        for (Dimension section : model.dimensions()) {
            SectionTally tally = tallies.get(section.name());
            int complete = Explainer.level(model, section.name(), classified);
            sections.add(new SectionCompletion(section.name(), section.role(), tally.met(), tally.applicable(),
                    tally.total(), complete == 1, unmet.getOrDefault(section.name(), List.of())));
            dimensions.add(new DimensionLevel(section.name(), complete, model.level(complete).name(), null));
        }
        List<BlockedLevel> blocked = level >= model.topLevel() ? List.of()
                : List.of(new BlockedLevel(model.topLevel(), model.level(model.topLevel()).name(), requiredUnmet));
        List<LevelBasis> restsOn = level < 1 ? List.of()
                : List.of(LevelBases.of(1, met.stream().filter(m -> m.level() == 1).toList()));
        Level reached = model.level(level);
        return new ModelAssessment(model.id(), model.name(), model.kind(), level, reached.name(), model.topLevel(),
                null, reached.alignment(), Summary.ofChecklist(reached, sections, requiredUnmet.size()), dimensions,
                met, blocked, notApplicable, restsOn, sections);
    }

    /** Each section's tally, by section; a section the rules did not count is a broken rule set. */
    static Map<String, SectionTally> tallies(MaturityModel model, RuleFindings findings) {
        Map<String, SectionTally> tallies = new HashMap<>();
        findings.tallies().stream().filter(t -> t.model().equals(model.id())).forEach(t -> tallies.put(t.section(), t));
        for (Dimension section : model.dimensions()) {
            if (!tallies.containsKey(section.name())) {
                throw new IllegalStateException("the rules counted no statements for section " + section.name()
                        + " of model " + model.id() + "; check the rules/*.drl files");
            }
        }
        return tallies;
    }
}
