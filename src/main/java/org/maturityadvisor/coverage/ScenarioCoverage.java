package org.maturityadvisor.coverage;

import java.util.List;

/**
 * What the scenarios of a rule set exercise: every item with how it is exercised, counted per model and in all
 * ({@link Totals}), the items never exercised one way or the other, and, on a draft, a {@link CoverageWarning} per row
 * the draft changes that no scenario exercises.
 *
 * @param scenarios how many scenarios' results were read (those whose input could not be assessed are not)
 */
public record ScenarioCoverage(String rulesetVersion, int scenarios, Totals totals, List<ModelCoverage> models,
                               List<CoverageItem> items, List<CoverageWarning> warnings) {

    public ScenarioCoverage {
        models = List.copyOf(models);
        items = List.copyOf(items);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * The counts over every model: criteria, tests and statements ({@code rows}) exercised as met and (of the
     * {@code blockable} ones) as blocking, and neither; levels and bands reached and blocked; checklist sections
     * complete and incomplete; target rows deciding a target.
     */
    public record Totals(int rows, int asMet, int blockable, int asBlocking, int uncovered, int levels, int reached,
                         int blocked, int sections, int complete, int incomplete, int targetRows, int deciding) {
    }

    /** The same coverage with the warnings of a draft's changed rows. */
    public ScenarioCoverage withWarnings(List<CoverageWarning> drafted) {
        return new ScenarioCoverage(rulesetVersion, scenarios, totals, models, items, drafted);
    }

    /** Criteria, tests and statements no scenario meets (reaches, completes, decides with), in table order. */
    public List<CoverageItem> neverMet() {
        return items.stream().filter(item -> !item.coveredAsMet()).toList();
    }

    /** What can block and no scenario is blocked by, in table order. */
    public List<CoverageItem> neverBlocking() {
        return items.stream().filter(CoverageItem::neverBlocking).toList();
    }

    /** Items no scenario exercises either way. */
    public List<CoverageItem> uncovered() {
        return items.stream().filter(CoverageItem::uncovered).toList();
    }

    /** A model's name, for people; its id when the coverage does not know it. */
    public String modelName(String model) {
        return models.stream().filter(m -> m.model().equals(model)).map(ModelCoverage::modelName).findFirst()
                .orElse(model);
    }

    /** Items of one model (or of the target table: its model's rows are its items with kind target row). */
    public List<CoverageItem> itemsOf(String model) {
        return items.stream().filter(item -> item.model().equals(model)).toList();
    }

    /**
     * The summary, a line each: "criteria, tests and statements exercised as met 84/102, as blocking 61/95, neither
     * 9", "levels and bands reached 10/12, blocked 11/12", "checklist sections complete 7/7, incomplete 4/7", "target
     * rows deciding a target 5/6" (a line only when the rule set has such items).
     */
    public List<String> summary() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("criteria, tests and statements exercised as met " + totals.asMet() + "/" + totals.rows()
                + ", as blocking " + totals.asBlocking() + "/" + totals.blockable() + ", neither "
                + totals.uncovered());
        if (totals.levels() > 0) {
            lines.add("levels and bands reached " + totals.reached() + "/" + totals.levels() + ", blocked "
                    + totals.blocked() + "/" + totals.levels());
        }
        if (totals.sections() > 0) {
            lines.add("checklist sections complete " + totals.complete() + "/" + totals.sections() + ", incomplete "
                    + totals.incomplete() + "/" + totals.sections());
        }
        if (totals.targetRows() > 0) {
            lines.add("target rows deciding a target " + totals.deciding() + "/" + totals.targetRows());
        }
        return lines;
    }
}
