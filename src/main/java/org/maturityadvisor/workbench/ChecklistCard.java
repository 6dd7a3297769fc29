package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.ChecklistWords;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.SectionCompletion;

/**
 * A checklist model at a glance: the verdict by the source's rule, the extra sections' progress beside it (never
 * hidden behind it), and one bar per section (met of applicable), required sections first and marked so in words.
 * Only numbers and words: the template draws the bars as SVG attributes.
 *
 * @param extras the extra sections' progress in words, or null when the model has none
 * @param next   what the verdict still needs, in one line; null when complete
 * @param chip   the verdict in the fewest words, for the level chips at the top of the result
 */
public record ChecklistCard(String model, boolean complete, String verdict, String extras, String next,
                            List<SectionBar> sections, String label, String chip) {

    /**
     * One section: its role in words, met of applicable, its bar's width in percent, and its unmet statements.
     */
    public record SectionBar(String section, String role, boolean required, int met, int applicable, int total,
                             boolean complete, double percent, String value, List<Blocker> unmet) {

        /** The bar's numbers: "1 of 2", or "none apply" when no statement of the section applies to the team. */
        public String shortValue() {
            return applicable == 0 ? "none apply" : met + " of " + applicable;
        }

        /** "2 unmet", "1 unmet" or "" when complete. */
        public String unmetWords() {
            return unmet.isEmpty() ? "" : Words.count(unmet.size(), "statement unmet", "statements unmet");
        }
    }

    static ChecklistCard of(ModelAssessment model) {
        List<SectionBar> bars = ChecklistWords.requiredFirst(model).stream().map(ChecklistCard::bar).toList();
        String verdict = ChecklistWords.verdict(model);
        String extras = ChecklistWords.extras(model);
        String next = next(model);
        String label = model.modelName() + ": " + verdict + (extras == null ? "" : "; " + extras) + ". "
                + String.join("; ", bars.stream().map(b -> b.section() + " (" + b.role() + ") " + b.value()).toList());
        return new ChecklistCard(model.model(), model.level() >= 1, verdict, extras, next, bars, label,
                ChecklistWords.name(model));
    }

    private static SectionBar bar(SectionCompletion section) {
        double percent = section.applicable() == 0 ? 100
                : Math.round((double) section.met() / section.applicable() * 1000) / 10.0;
        return new SectionBar(section.section(), ChecklistWords.role(section), section.required(), section.met(),
                section.applicable(), section.total(), section.complete(), percent, ChecklistWords.section(section),
                section.unmet());
    }

    /** "Next: 2 required statements unmet (1 unanswered) in 1 section"; null when the verdict is reached. */
    static String next(ModelAssessment model) {
        if (model.level() >= 1) {
            return null;
        }
        List<Blocker> unmet = ChecklistWords.requiredUnmet(model);
        long unknown = unmet.stream().filter(b -> b.status() == CriterionStatus.UNKNOWN).count();
        long sections = ChecklistWords.required(model).stream().filter(s -> !s.complete()).count();
        return "Next: " + Words.count(unmet.size(), "required statement", "required statements") + " to meet"
                + (unknown == 0 ? "" : " (" + unknown + " unknown)") + " in "
                + Words.count(sections, "section", "sections");
    }
}
