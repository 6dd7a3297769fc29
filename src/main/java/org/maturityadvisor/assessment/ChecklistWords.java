package org.maturityadvisor.assessment;

import java.util.Comparator;
import java.util.List;

/**
 * A checklist model's result in words, the same on every page, report and gate: the verdict by the source's rule
 * ("MLOps mature", "not yet MLOps mature: 2 of 4 required sections complete"), the extra sections' progress beside it
 * ("extra sections: 3 of 14 statements met, 0 of 3 sections complete") and one section's completion ("8 of 8 met,
 * complete"). Built only from the result's {@link SectionCompletion}s and level names; a blank level name reads as
 * "complete" / "not complete".
 */
public final class ChecklistWords {

    private ChecklistWords() {
    }

    /** The verdict: the reached level's name, and at level 0 how many required sections are complete. */
    public static String verdict(ModelAssessment model) {
        List<SectionCompletion> required = required(model);
        long complete = required.stream().filter(SectionCompletion::complete).count();
        if (model.level() >= 1) {
            return name(model);
        }
        return notYet(model) + ": " + complete + " of " + count(required.size(), "required section",
                "required sections") + " complete";
    }

    /**
     * The verdict in the fewest words (the level chips at the top of a result, one line on a phone): the reached
     * level's name, or "complete" / the level-0 wording when the table leaves it blank.
     */
    public static String name(ModelAssessment model) {
        if (model.level() >= 1) {
            return model.levelName() == null || model.levelName().isBlank() ? "complete" : model.levelName();
        }
        return notYet(model);
    }

    /** The level-0 name, or "not yet" and the level-1 name when the table leaves level 0 blank. */
    private static String notYet(ModelAssessment model) {
        if (model.levelName() != null && !model.levelName().isBlank()) {
            return model.levelName();
        }
        String top = model.blockedLevels().isEmpty() ? null : model.blockedLevels().get(0).name();
        return top == null || top.isBlank() ? "not complete" : "not yet " + top;
    }

    /** "extra sections: 3 of 14 statements met, 0 of 3 sections complete"; null when the model has no extra section. */
    public static String extras(ModelAssessment model) {
        List<SectionCompletion> extras = model.sections().stream().filter(s -> !s.required()).toList();
        if (extras.isEmpty()) {
            return null;
        }
        int met = extras.stream().mapToInt(SectionCompletion::met).sum();
        int applicable = extras.stream().mapToInt(SectionCompletion::applicable).sum();
        long complete = extras.stream().filter(SectionCompletion::complete).count();
        return (extras.size() == 1 ? "extra section: " : "extra sections: ") + met + " of "
                + count(applicable, "statement", "statements") + " met, " + complete + " of "
                + count(extras.size(), "section", "sections") + " complete";
    }

    /** "8 of 8 met, complete", "18 of 20 met, 2 unmet", "none apply: complete". */
    public static String section(SectionCompletion section) {
        if (section.applicable() == 0) {
            return (section.total() == 1 ? "its one statement does not apply"
                    : "none of its " + section.total() + " statements apply") + ": complete";
        }
        int unmet = section.applicable() - section.met();
        return section.met() + " of " + section.applicable() + " met, "
                + (section.complete() ? "complete" : unmet + " unmet")
                + (section.total() > section.applicable()
                ? " (" + (section.total() - section.applicable()) + " not applicable)" : "");
    }

    /** "required" or "extra", for people. */
    public static String role(SectionCompletion section) {
        return section.required() ? "required" : "extra";
    }

    /** The sections with the required ones first, each group in table order. */
    public static List<SectionCompletion> requiredFirst(ModelAssessment model) {
        return model.sections().stream().sorted(Comparator.comparing(s -> s.required() ? 0 : 1)).toList();
    }

    /** The required sections, in table order. */
    public static List<SectionCompletion> required(ModelAssessment model) {
        return model.sections().stream().filter(SectionCompletion::required).toList();
    }

    /** The unmet statements of the required sections (what stands between the team and the verdict). */
    public static List<Blocker> requiredUnmet(ModelAssessment model) {
        return required(model).stream().flatMap(s -> s.unmet().stream()).toList();
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
