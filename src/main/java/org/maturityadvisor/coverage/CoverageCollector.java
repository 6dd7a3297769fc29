package org.maturityadvisor.coverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.SectionCompletion;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.Dimension;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.SectionRole;
import org.maturityadvisor.definition.TargetRule;

/**
 * Reads coverage off the results the engine gave the scenarios, never off the tables' cells: a criterion, test or
 * statement is exercised as met when a result lists it met (a test: with full points), as blocking when a result
 * lists it as a blocker of a blocked level or band (a test: without full points in a short section; a statement: unmet
 * in a required section); a level or band is reached at or below the result's level and blocked when the result lists
 * it blocked; a checklist section complete or incomplete as the result's sections say; a target row when it decides a
 * result's target. Only what a scenario checks counts ({@link Exercised}). A result that counts one item twice (a
 * scenario's team and its what-if) counts once per scenario.
 */
public final class CoverageCollector {

    private CoverageCollector() {
    }

    public static ScenarioCoverage of(String rulesetVersion, Definitions definitions, List<Exercised> results) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (MaturityModel model : definitions.models()) {
            items(model).forEach(item -> tallies.put(key(item.kind(), item.model(), item.id()), new Tally(item)));
        }
        for (TargetRule rule : definitions.targets()) {
            CoverageItem item = new CoverageItem(ItemKind.TARGET_ROW, rule.model(), rule.id(), rule.conditions(),
                    rule.level(), null, rule.source() == null ? null : rule.source().file(),
                    rule.source() == null ? null : rule.source().row(), false, 0, 0, null, null);
            tallies.put(key(ItemKind.TARGET_ROW, rule.model(), rule.id()), new Tally(item));
        }
        Set<String> scenarios = new HashSet<>();
        for (Exercised exercised : results) {
            scenarios.add(exercised.scenario());
            read(definitions, exercised, tallies);
        }
        List<CoverageItem> items = tallies.values().stream().map(Tally::item).toList();
        List<ModelCoverage> models = definitions.models().stream().map(model -> ModelCoverage.of(model.id(),
                model.name(), model.kind(), items.stream().filter(item -> item.model().equals(model.id())
                        && item.kind() != ItemKind.TARGET_ROW).toList())).toList();
        return new ScenarioCoverage(rulesetVersion, scenarios.size(), totals(models, items), models, items, List.of());
    }

    private static List<CoverageItem> items(MaturityModel model) {
        List<CoverageItem> items = new ArrayList<>();
        Map<String, SectionRole> roles = new HashMap<>();
        model.dimensions().forEach(dimension -> roles.put(dimension.name(), dimension.role()));
        ItemKind rowKind = switch (model.kind()) {
            case SCORED -> ItemKind.TEST;
            case CHECKLIST -> ItemKind.STATEMENT;
            default -> ItemKind.CRITERION;
        };
        for (Criterion criterion : model.criteria()) {
            boolean blocks = model.kind() != ModelKind.CHECKLIST
                    || roles.get(criterion.dimension()) != SectionRole.EXTRA;
            items.add(new CoverageItem(rowKind, model.id(), criterion.id(), criterion.text(),
                    model.kind() == ModelKind.GATED ? criterion.level() : null, criterion.dimension(),
                    criterion.source() == null ? null : criterion.source().file(),
                    criterion.source() == null ? null : criterion.source().row(), blocks, 0, 0, null, null));
        }
        ItemKind levelKind = model.kind() == ModelKind.SCORED ? ItemKind.BAND : ItemKind.LEVEL;
        for (Level level : model.levels()) {
            if (level.number() > 0) {
                items.add(new CoverageItem(levelKind, model.id(), String.valueOf(level.number()), level.name(),
                        level.number(), null, null, null, true, 0, 0, null, null));
            }
        }
        if (model.kind() == ModelKind.CHECKLIST) {
            for (Dimension section : model.dimensions()) {
                items.add(new CoverageItem(ItemKind.SECTION, model.id(), section.name(),
                        section.role() == null ? null : section.role().label(), null, section.name(), null, null,
                        true, 0, 0, null, null));
            }
        }
        return items;
    }

    private static void read(Definitions definitions, Exercised exercised, Map<String, Tally> tallies) {
        AssessmentResult result = exercised.result();
        String scenario = exercised.scenario();
        for (MaturityModel model : definitions.models()) {
            ModelAssessment assessed = result.models().stream().filter(m -> m.model().equals(model.id()))
                    .findFirst().orElse(null);
            if (assessed == null || !exercised.models().contains(model.id())) {
                continue;
            }
            ItemKind rowKind = model.kind() == ModelKind.SCORED ? ItemKind.TEST
                    : model.kind() == ModelKind.CHECKLIST ? ItemKind.STATEMENT : ItemKind.CRITERION;
            ItemKind levelKind = model.kind() == ModelKind.SCORED ? ItemKind.BAND : ItemKind.LEVEL;
            Map<String, Criterion> criteria = new HashMap<>();
            model.criteria().forEach(criterion -> criteria.put(criterion.id(), criterion));
            for (MetCriterion met : assessed.met()) {
                Criterion criterion = criteria.get(met.criterion());
                boolean full = model.kind() != ModelKind.SCORED || criterion == null || met.points() == null
                        || met.points() >= criterion.maxPoints();
                if (full) {
                    mark(tallies, key(rowKind, model.id(), met.criterion()), scenario, true);
                }
            }
            for (BlockedLevel blocked : assessed.blockedLevels()) {
                mark(tallies, key(levelKind, model.id(), String.valueOf(blocked.level())), scenario, false);
                for (Blocker blocker : blocked.blockers()) {
                    mark(tallies, key(rowKind, model.id(), blocker.criterion()), scenario, false);
                }
            }
            for (int level = 1; level <= assessed.level(); level++) {
                mark(tallies, key(levelKind, model.id(), String.valueOf(level)), scenario, true);
            }
            for (SectionCompletion section : assessed.sections()) {
                mark(tallies, key(ItemKind.SECTION, model.id(), section.section()), scenario, section.complete());
            }
        }
        if (exercised.target() && result.target() != null && result.target().rule() != null) {
            mark(tallies, key(ItemKind.TARGET_ROW, result.target().model(), result.target().rule()), scenario, true);
        }
    }

    private static void mark(Map<String, Tally> tallies, String key, String scenario, boolean met) {
        Tally tally = tallies.get(key);
        if (tally != null && (met || tally.item.blocks())) {
            (met ? tally.met : tally.blocking).add(scenario);
        }
    }

    private static ScenarioCoverage.Totals totals(List<ModelCoverage> models, List<CoverageItem> items) {
        List<CoverageItem> targets = items.stream().filter(item -> item.kind() == ItemKind.TARGET_ROW).toList();
        return new ScenarioCoverage.Totals(sum(models, ModelCoverage::rows), sum(models, ModelCoverage::asMet),
                sum(models, ModelCoverage::blockable), sum(models, ModelCoverage::asBlocking),
                sum(models, ModelCoverage::uncovered), sum(models, ModelCoverage::levels),
                sum(models, ModelCoverage::reached), sum(models, ModelCoverage::blocked),
                sum(models, ModelCoverage::sections), sum(models, ModelCoverage::complete),
                sum(models, ModelCoverage::incomplete), targets.size(),
                (int) targets.stream().filter(CoverageItem::coveredAsMet).count());
    }

    private static int sum(List<ModelCoverage> models, java.util.function.ToIntFunction<ModelCoverage> count) {
        return models.stream().mapToInt(count).sum();
    }

    private static String key(ItemKind kind, String model, String id) {
        return kind.id() + "\u0000" + model + "\u0000" + id;
    }

    /** One item's scenarios so far, each side in the order they first exercised it. */
    private static final class Tally {
        private final CoverageItem item;
        private final Set<String> met = new java.util.LinkedHashSet<>();
        private final Set<String> blocking = new java.util.LinkedHashSet<>();

        Tally(CoverageItem item) {
            this.item = item;
        }

        CoverageItem item() {
            return new CoverageItem(item.kind(), item.model(), item.id(), item.words(), item.level(), item.section(),
                    item.file(), item.row(), item.blocks(), met.size(), blocking.size(),
                    met.stream().limit(CoverageItem.NAMED).toList(),
                    blocking.stream().limit(CoverageItem.NAMED).toList());
        }
    }
}
