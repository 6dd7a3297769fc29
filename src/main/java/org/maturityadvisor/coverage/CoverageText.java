package org.maturityadvisor.coverage;

import java.util.List;

/**
 * Scenario coverage as an analyst reads it in a terminal or a CI log: the summary, each model's counts, then the items
 * no scenario exercises as met and those none exercises as blocking, each with where it is in the tables.
 */
public final class CoverageText {

    private CoverageText() {
    }

    public static String render(ScenarioCoverage coverage) {
        StringBuilder text = new StringBuilder();
        text.append("Scenario coverage (").append(coverage.scenarios())
                .append(coverage.scenarios() == 1 ? " scenario" : " scenarios").append("):\n");
        coverage.summary().forEach(line -> text.append("  ").append(line).append('\n'));
        for (ModelCoverage model : coverage.models()) {
            text.append("  ").append(model.model()).append(": ").append(model.words()).append('\n');
        }
        list(text, "Never exercised as met (or reached, complete, deciding a target)", coverage.neverMet());
        list(text, "Never exercised as blocking (or blocked, incomplete)", coverage.neverBlocking());
        coverage.warnings().forEach(warning -> text.append("WARNING ").append(warning.message()).append('\n'));
        return text.toString();
    }

    private static void list(StringBuilder text, String heading, List<CoverageItem> items) {
        text.append(heading).append(": ").append(items.isEmpty() ? "none" : items.size()).append('\n');
        for (CoverageItem item : items) {
            text.append("  ").append(item.model()).append(": ").append(item.label());
            if (item.where() != null) {
                text.append(" [").append(item.where()).append(']');
            }
            text.append('\n');
        }
    }
}
