package org.maturityadvisor.report;

import java.util.List;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;

/** Renders an assessment as the report a consultant reads: the level, why it is reached, and why not the next. */
public final class TextReport {

    private TextReport() {
    }

    public static String render(AssessmentResult result) {
        StringBuilder out = new StringBuilder();
        out.append("Maturity assessment: ").append(result.team()).append('\n');
        out.append("Rule set: ").append(result.rulesetVersion()).append('\n');
        result.models().forEach(model -> model(out, model));
        return out.toString();
    }

    private static void model(StringBuilder out, ModelAssessment model) {
        out.append('\n').append(model.modelName()).append('\n');
        out.append("  Level ").append(model.level()).append(" of ").append(model.topLevel()).append(": ")
                .append(model.levelName()).append('\n');
        out.append("  ").append(model.summary()).append('\n');
        out.append("\n  Per dimension\n");
        for (DimensionLevel dimension : model.dimensions()) {
            out.append(String.format("    %-26s level %d, %s%n", dimension.dimension(), dimension.level(),
                    dimension.levelName()));
        }
        met(out, model);
        model.blockedLevels().forEach(level -> blocked(out, level));
    }

    private static void met(StringBuilder out, ModelAssessment model) {
        List<MetCriterion> reached = model.met().stream().filter(m -> m.level() <= model.level()).toList();
        List<MetCriterion> ahead = model.met().stream().filter(m -> m.level() > model.level()).toList();
        out.append("\n  Why level ").append(model.level()).append(": ");
        out.append(model.level() == 0 ? "level 0 needs nothing; it is where every team starts\n"
                : "all " + reached.size() + " criteria up to level " + model.level() + " are met\n");
        reached.forEach(met -> metLine(out, met));
        if (!ahead.isEmpty()) {
            out.append("\n  Already in place for higher levels: ").append(ahead.size()).append('\n');
            ahead.forEach(met -> metLine(out, met));
        }
    }

    private static void metLine(StringBuilder out, MetCriterion met) {
        out.append(String.format("    [L%d] %-34s %s = %s (needs %s)%n", met.level(), met.criterion(),
                met.practice(), met.observed(), met.required()));
    }

    private static void blocked(StringBuilder out, BlockedLevel level) {
        List<Blocker> blockers = level.blockers();
        out.append("\n  Why not level ").append(level.level()).append(", ").append(level.name()).append(": ");
        if (blockers.isEmpty()) {
            out.append("its own criteria are met; it waits for the levels below\n");
            return;
        }
        out.append(blockers.size()).append(blockers.size() == 1 ? " blocking criterion" : " blocking criteria")
                .append('\n');
        for (Blocker blocker : blockers) {
            out.append("    ").append(blocker.criterion()).append(" [").append(blocker.dimension()).append("] ")
                    .append(blocker.status().toUpperCase(java.util.Locale.ROOT)).append('\n');
            out.append("      ").append(blocker.text()).append('\n');
            out.append("      ").append(blocker.practice()).append(": observed ")
                    .append(blocker.observed() == null ? "(unanswered)" : blocker.observed())
                    .append(", required ").append(blocker.required()).append(", effort ").append(blocker.effort())
                    .append('\n');
            out.append("      Remediation: ").append(blocker.remediation()).append('\n');
        }
    }
}
