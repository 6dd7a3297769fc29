package org.maturityadvisor.report;

import java.util.Locale;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.Points;
import org.maturityadvisor.assessment.TargetLevel;

/**
 * An assessment as Markdown (GitHub-flavoured tables), for a pull request comment or a wiki page: where the team
 * stands, the target and its roadmap, then per model the criteria met and what blocks each level above.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(AssessmentResult result) {
        StringBuilder md = new StringBuilder("# Maturity assessment: ").append(cell(result.team())).append("\n\n");
        md.append("Rule set `").append(result.rulesetVersion()).append("`\n\n");
        md.append("| model | level | name | score | lines up with |\n|---|---|---|---|---|\n");
        for (ModelAssessment model : result.models()) {
            md.append("| ").append(cell(model.modelName())).append(" | ").append(model.level()).append(" of ")
                    .append(model.topLevel()).append(" | ").append(cell(model.levelName())).append(" | ")
                    .append(model.score() == null ? "" : Points.format(model.score())).append(" | ")
                    .append(model.linesUpWith() == null ? "" : cell(model.linesUpWith().toString())).append(" |\n");
        }
        if (result.target() != null) {
            target(md, result.target());
        }
        result.models().forEach(model -> model(md, model));
        return md.toString();
    }

    private static void target(StringBuilder md, TargetLevel target) {
        md.append("\n## Target: level ").append(target.target()).append(", ").append(cell(target.targetName()))
                .append("\n\n").append(cell(target.modelName())).append(": now level ").append(target.current())
                .append(" (").append(target.status().words()).append("). ").append(cell(target.reason()))
                .append(" (rule `").append(target.rule()).append("`)\n\n").append(cell(target.summary())).append('\n');
        for (BlockedLevel level : target.roadmap()) {
            md.append("\n### Roadmap, level ").append(level.level()).append(", ").append(cell(level.name()))
                    .append("\n\n");
            blockers(md, level);
        }
    }

    private static void model(StringBuilder md, ModelAssessment model) {
        md.append("\n## ").append(cell(model.modelName())).append(": level ").append(model.level()).append(", ")
                .append(cell(model.levelName())).append("\n\n").append(cell(model.summary())).append("\n\n");
        if (!model.met().isEmpty()) {
            md.append("| met | level | practice | observed | required |\n|---|---|---|---|---|\n");
            for (MetCriterion met : model.met()) {
                md.append("| `").append(met.criterion()).append("` | ").append(met.level()).append(" | `")
                        .append(met.practice()).append("` | ").append(cell(met.observed())).append(" | ")
                        .append(cell(met.required())).append(" |\n");
            }
        }
        for (BlockedLevel level : model.blockedLevels()) {
            md.append("\n### Why not level ").append(level.level()).append(", ").append(cell(level.name()))
                    .append("\n\n");
            if (level.blockers().isEmpty()) {
                md.append(level.shortfalls().isEmpty() ? "Its own criteria are met; it waits for the levels below.\n"
                        : "Its sections' tests are listed under the bands below.\n");
            } else {
                blockers(md, level);
            }
        }
    }

    private static void blockers(StringBuilder md, BlockedLevel level) {
        md.append("| blocking criterion | status | practice | observed | required | effort | remediation |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Blocker blocker : level.blockers()) {
            md.append("| `").append(blocker.criterion()).append("` ").append(cell(blocker.text())).append(" | ")
                    .append(blocker.status().label().toUpperCase(Locale.ROOT)).append(" | `").append(blocker.practice())
                    .append("` | ").append(blocker.observed() == null ? "(unanswered)" : cell(blocker.observed()))
                    .append(" | ").append(cell(blocker.required())).append(" | ").append(blocker.effort().label())
                    .append(" | ").append(cell(blocker.remediation())).append(" |\n");
        }
    }

    /** Text inside a table cell or heading: no pipe, no newline, no HTML or Markdown markup taken from input. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_").replace("`", "\\`").replace("[", "\\[")
                .replaceAll("[\\r\\n]+", " ");
    }
}
