package org.maturityadvisor.report;

import org.maturityadvisor.definition.NotGiven;
import static org.maturityadvisor.report.MarkdownReport.cell;

import java.util.List;
import java.util.stream.Collectors;

import org.maturityadvisor.simulation.Roadmap;

/**
 * A roadmap as Markdown, for a wiki page or a ticket: the goal and the gap, then each bundle as a numbered list of
 * changes in readable words, with the effort, what to do, the criteria each clears and the levels it unlocks.
 */
public final class RoadmapMarkdown {

    private RoadmapMarkdown() {
    }

    public static String of(Roadmap roadmap) {
        StringBuilder md = new StringBuilder("# Roadmap: ").append(cell(roadmap.team())).append("\n\n");
        md.append("**Goal:** ").append(goal(roadmap.goal())).append("\n\n");
        md.append("**Gap:** ").append(roadmap.gap().words()).append("\n\n");
        md.append("Every level here rests on the team's answers, as the rules assess them with the changes before it "
                + "applied.\n");
        int number = 0;
        for (Roadmap.Bundle bundle : roadmap.bundles()) {
            md.append("\n## ").append(++number).append(". Level ").append(bundle.level()).append(" (")
                    .append(cell(NotGiven.or(bundle.levelName()))).append(") of the ").append(cell(bundle.modelName()))
                    .append("\n\n").append(count(bundle.steps().size(), "change", "changes"));
            if (!bundle.gains().isEmpty()) {
                md.append("; together they take ").append(gains(bundle.gains()));
            }
            md.append(".\n\n");
            int step = 0;
            for (Roadmap.Step change : bundle.steps()) {
                step(md, ++step, change);
            }
        }
        return md.toString();
    }

    private static void step(StringBuilder md, int number, Roadmap.Step step) {
        md.append(number).append(". **").append(cell(step.question())).append("** ")
                .append(step.from() == null ? "unanswered" : cell(step.from())).append(" \u2192 ")
                .append(cell(step.to())).append(" (").append(step.effort().words()).append(" effort)\n");
        if (step.remediation() != null && !step.remediation().isBlank()) {
            md.append("   - What to do: ").append(cell(step.remediation())).append('\n');
        } else {
            md.append("   - What to do: ").append(NotGiven.WORDS).append('\n');
        }
        for (Roadmap.Cleared cleared : step.clears()) {
            md.append("   - Clears: ").append(cell(cleared.text())).append(" (").append(cell(cleared.modelName()))
                    .append(", level ").append(cleared.level()).append(")\n");
        }
        if (!step.unlocks().isEmpty()) {
            md.append("   - Unlocks: ").append(gains(step.unlocks())).append('\n');
        }
    }

    static String goal(Roadmap.Goal goal) {
        String where = goal.nextLevels() ? "the next level of every model"
                : "level " + goal.to() + " (" + cell(NotGiven.or(goal.levelName())) + ") of the " + cell(goal.modelName())
                + ", from level " + goal.from();
        return where + (goal.reachable() ? "" : ", which cannot be reached") + ". " + cell(goal.reason());
    }

    private static String gains(List<Roadmap.LevelGain> gains) {
        return gains.stream().map(g -> "the " + cell(g.modelName()) + " from level " + g.from() + " to " + g.to())
                .collect(Collectors.joining(", "));
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
