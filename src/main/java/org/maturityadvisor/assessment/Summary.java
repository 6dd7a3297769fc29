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
