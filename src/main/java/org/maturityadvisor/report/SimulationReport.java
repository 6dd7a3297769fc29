package org.maturityadvisor.report;

import org.maturityadvisor.definition.NotGiven;
import java.util.List;
import java.util.stream.Collectors;

import org.maturityadvisor.simulation.AppliedChange;
import org.maturityadvisor.simulation.ModelDiff;
import org.maturityadvisor.simulation.PathResult;
import org.maturityadvisor.simulation.PathStep;
import org.maturityadvisor.simulation.PlanOutcome;
import org.maturityadvisor.simulation.SimulationResult;

/** Renders what-if results for a consultant: each plan's before/after per model, or the roadmap of a path. */
public final class SimulationReport {

    private SimulationReport() {
    }

    public static String render(SimulationResult result) {
        StringBuilder out = new StringBuilder();
        out.append("What if: ").append(result.base().team()).append('\n');
        out.append("Rule set: ").append(result.base().rulesetVersion()).append('\n');
        for (PlanOutcome plan : result.plans()) {
            out.append("\nPlan ").append(plan.name()).append('\n');
            for (AppliedChange change : plan.changes()) {
                out.append("  ").append(change.practice()).append(": ").append(value(change.from())).append(" -> ")
                        .append(value(change.to())).append('\n');
            }
            for (ModelDiff diff : plan.diff()) {
                out.append(String.format("  %-16s level %d -> %d (%s)%s%n", diff.model(), diff.levelBefore(),
                        diff.levelAfter(), signed(diff.delta()), diff.scoreAfter() == null ? ""
                                : ", score " + diff.scoreBefore() + " -> " + diff.scoreAfter()));
                diff.dimensions().stream().filter(d -> d.delta() != 0).forEach(d -> out.append(String.format(
                        "      %-26s %d -> %d%n", d.dimension(), d.before(), d.after())));
                list(out, "newly met", diff.criteriaNewlyMet());
                list(out, "lost", diff.criteriaLost());
                list(out, "blockers cleared", diff.blockersCleared());
                list(out, "blockers added", diff.blockersAdded());
            }
            if (plan.targetStatusAfter() != null) {
                out.append("  target: ").append(plan.targetStatusBefore()).append(" -> ")
                        .append(plan.targetStatusAfter()).append('\n');
            }
        }
        return out.toString();
    }

    public static String render(PathResult path) {
        StringBuilder out = new StringBuilder();
        out.append("Path to level ").append(path.target()).append(" of the ").append(path.modelName())
                .append(" (target ").append(path.targetSource()).append(")\n");
        out.append(path.summary()).append('\n');
        int level = -1;
        int number = 0;
        for (PathStep step : path.steps()) {
            if (step.level() != level) {
                level = step.level();
                out.append("\n  Level ").append(level).append('\n');
            }
            out.append(String.format("    %d. [%s] %s: %s -> %s%n", ++number, step.effort().words(), step.practice(),
                    value(step.from()), step.to()));
            out.append("       meets ").append(step.criteria().stream().map(PathStep.PathCriterion::criterion)
                    .collect(Collectors.joining(", "))).append('\n');
            out.append("       ").append(NotGiven.or(step.remediation())).append('\n');
        }
        return out.toString();
    }

    private static void list(StringBuilder out, String label, List<String> ids) {
        if (!ids.isEmpty()) {
            out.append("      ").append(label).append(": ").append(String.join(", ", ids)).append('\n');
        }
    }

    private static String value(String value) {
        return value == null ? "(unknown)" : value;
    }

    private static String signed(int delta) {
        return delta > 0 ? "+" + delta : String.valueOf(delta);
    }
}
