package org.maturityadvisor.assessment;

import java.util.List;
import java.util.stream.Collectors;

import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;

/** The one sentence a manager reads: where the team is, and what blocks the next level. */
final class Summary {

    private static final int NAMED_BLOCKERS = 5;

    private Summary() {
    }

    static String of(MaturityModel model, Level reached, List<BlockedLevel> blocked) {
        String where = "Level " + reached.number() + ", " + reached.name();
        if (blocked.isEmpty()) {
            return where + ": the top level of the " + model.name() + "; all " + model.criteria().size()
                    + " criteria are met.";
        }
        BlockedLevel next = blocked.get(0);
        List<Blocker> blockers = next.blockers();
        return where + ": level " + next.level() + ", " + next.name() + ", is blocked by " + blockers.size()
                + (blockers.size() == 1 ? " criterion: " : " criteria: ") + names(blockers) + ".";
    }

    static String ofScored(MaturityModel model, Level reached, double score, List<DimensionLevel> sections,
                           List<BlockedLevel> blocked) {
        List<String> lowestSections = sections.stream().filter(s -> s.score() == score)
                .map(DimensionLevel::dimension).toList();
        String lowest = lowestSections.size() == sections.size() ? "every section" : joined(lowestSections);
        String where = "Band " + reached.number() + ", " + reached.name() + ": score " + Points.format(score)
                + " (the lowest section sum: " + lowest + ")";
        if (blocked.isEmpty()) {
            return where + "; the top band of the " + model.name() + ".";
        }
        BlockedLevel next = blocked.get(0);
        return where + ". Band " + next.level() + ", " + next.name() + ", needs every section above "
                + Points.format(next.shortfalls().get(0).needsAbove()) + "; short: " + next.shortfalls().stream()
                .map(s -> s.section() + " " + Points.format(s.score())).collect(Collectors.joining(", ")) + ".";
    }

    /**
     * A checklist's verdict and its sections: "Level 0, Not mature: not complete: 2 of 4 required sections complete
     * (Documentation 8/8, Traceability 18/20, ...); 3 required statements unmet. Extra sections: 3/14 met." Each
     * section as met/applicable.
     */
    static String ofChecklist(Level reached, List<SectionCompletion> sections, int requiredUnmet) {
        List<SectionCompletion> required = sections.stream().filter(SectionCompletion::required).toList();
        List<SectionCompletion> extra = sections.stream().filter(s -> !s.required()).toList();
        long complete = required.stream().filter(SectionCompletion::complete).count();
        StringBuilder text = new StringBuilder("Level ").append(reached.number());
        if (reached.name() != null && !reached.name().isBlank()) {
            text.append(", ").append(reached.name());
        }
        text.append(requiredUnmet == 0 ? ": complete: " : ": not complete: ");
        text.append(complete == required.size() ? (required.size() == 1 ? "the required section is complete"
                : "all " + required.size() + " required sections complete")
                : complete + " of " + required.size() + " required sections complete");
        text.append(" (").append(fractions(required)).append(")");
        if (requiredUnmet > 0) {
            text.append("; ").append(requiredUnmet).append(requiredUnmet == 1 ? " required statement unmet"
                    : " required statements unmet");
        }
        text.append(".");
        if (!extra.isEmpty()) {
            int met = extra.stream().mapToInt(SectionCompletion::met).sum();
            int applicable = extra.stream().mapToInt(SectionCompletion::applicable).sum();
            text.append(" Extra sections: ").append(met).append("/").append(applicable).append(" met (")
                    .append(fractions(extra)).append(").");
        }
        return text.toString();
    }

    private static String fractions(List<SectionCompletion> sections) {
        return sections.stream().map(s -> s.section() + " " + s.met() + "/" + s.applicable())
                .collect(Collectors.joining(", "));
    }

    private static String joined(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String names(List<Blocker> blockers) {
        List<String> names = blockers.stream().limit(NAMED_BLOCKERS).map(Summary::name)
                .collect(Collectors.toList());
        if (blockers.size() > NAMED_BLOCKERS) {
            names.add((blockers.size() - NAMED_BLOCKERS) + " more");
        }
        if (names.size() <= 1) {
            return names.isEmpty() ? "the levels below it" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String name(Blocker blocker) {
        if (blocker.status() != CriterionStatus.UNKNOWN) {
            return blocker.criterion();
        }
        return blocker.criterion() + " (" + (blocker.doubt() == null || blocker.doubt() == Doubt.UNANSWERED
                ? "unanswered" : blocker.doubt().words()) + ")";
    }
}
