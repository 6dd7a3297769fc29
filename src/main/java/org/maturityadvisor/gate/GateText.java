package org.maturityadvisor.gate;

import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.SectionShortfall;
import org.maturityadvisor.assessment.Points;

/** A verdict as a CI log shows it: one line per requirement, and under each unmet one what blocks it. */
public final class GateText {

    private GateText() {
    }

    public static String render(GateVerdict verdict) {
        long unmet = verdict.unmet().size();
        StringBuilder text = new StringBuilder("Gate ").append(verdict.passed() ? "PASSED" : "FAILED").append(" for ")
                .append(verdict.team()).append(": ").append(verdict.requirements().size() - unmet).append(" of ")
                .append(verdict.requirements().size()).append(" requirements met (rule set ")
                .append(verdict.rulesetVersion()).append(")\n");
        for (RequirementOutcome outcome : verdict.requirements()) {
            if (outcome.verdict() != null) {
                text.append(String.format("  %-4s  %s %s: %s%n", outcome.met() ? "PASS" : "FAIL", outcome.model(),
                        outcome.required() >= 1 ? "complete" : ">= 0", outcome.verdict()));
                outcome.blockedBy().forEach(level -> unmet(text, level));
                continue;
            }
            text.append(String.format("  %-4s  %s >= %d: at %d, %s%n", outcome.met() ? "PASS" : "FAIL",
                    outcome.model(), outcome.required(), outcome.level(), outcome.levelName()));
            outcome.blockedBy().forEach(level -> blocked(text, level));
        }
        return text.toString();
    }

    /** A checklist's required statements unmet, each with its section. */
    private static void unmet(StringBuilder text, BlockedLevel level) {
        text.append("        ").append(level.blockers().size())
                .append(level.blockers().size() == 1 ? " required statement unmet" : " required statements unmet")
                .append('\n');
        for (Blocker blocker : level.blockers()) {
            text.append("          ").append(blocker.criterion()).append(" [").append(blocker.dimension())
                    .append("]: ").append(blocker.practice()).append(" observed ")
                    .append(blocker.observed() == null ? "(unanswered)" : blocker.observed()).append(", required ")
                    .append(blocker.required()).append(" (effort ").append(blocker.effort().words()).append(")\n");
        }
    }

    private static void blocked(StringBuilder text, BlockedLevel level) {
        text.append("        level ").append(level.level()).append(", ").append(level.name()).append(": ");
        if (level.blockers().isEmpty() && level.shortfalls().isEmpty()) {
            text.append("its own criteria are met; it waits for the levels below\n");
            return;
        }
        text.append(level.blockers().size()).append(level.blockers().size() == 1 ? " blocking criterion" :
                " blocking criteria").append('\n');
        for (SectionShortfall shortfall : level.shortfalls()) {
            text.append("          section ").append(shortfall.section()).append(": ")
                    .append(Points.format(shortfall.score())).append(", needs above ")
                    .append(Points.format(shortfall.needsAbove())).append('\n');
        }
        for (Blocker blocker : level.blockers()) {
            text.append("          ").append(blocker.criterion()).append(": ").append(blocker.practice())
                    .append(" observed ").append(blocker.observed() == null ? "(unanswered)" : blocker.observed())
                    .append(", required ").append(blocker.required()).append(" (effort ").append(blocker.effort().words())
                    .append(")\n");
        }
    }
}
