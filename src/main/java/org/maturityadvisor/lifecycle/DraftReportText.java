package org.maturityadvisor.lifecycle;

import org.maturityadvisor.report.ValidationText;
import org.maturityadvisor.scenario.ScenarioOutcome;

/** A draft report as an analyst reads it in a terminal or a CI log. */
public final class DraftReportText {

    private DraftReportText() {
    }

    public static String render(DraftReport report) {
        StringBuilder text = new StringBuilder();
        if (report.seq() != null) {
            text.append("Version ").append(report.seq()).append(": ");
        }
        text.append(ValidationText.render(report.valid(), report.version(), report.findings()));
        if (!report.valid()) {
            return text.append("It cannot be published.\n").toString();
        }
        text.append('\n');
        DraftReport.Gate gate = report.gate();
        text.append("Scenario gate: ").append(gate.passed()).append(" of ").append(gate.scenarios())
                .append(" scenarios pass").append(gate.open() ? "\n" : "; publishing is blocked\n");
        for (ScenarioOutcome failed : gate.failures()) {
            text.append("  FAIL ").append(failed.file()).append(" (").append(failed.name()).append(")\n");
            failed.failures().forEach(failure -> text.append("       ").append(failure).append('\n'));
        }
        DraftReport.Impact impact = report.impact();
        text.append("Impact against ").append(impact.activeVersion()).append(": ").append(impact.teams().size())
                .append(" of ").append(impact.teamsChecked()).append(" stored teams and ")
                .append(impact.scenarios().size()).append(" of ").append(impact.scenariosChecked())
                .append(" scenarios change\n");
        impact.teams().forEach(change -> append(text, "team", change));
        impact.scenarios().forEach(change -> append(text, "scenario", change));
        if (report.coverage() != null) {
            text.append("Scenario coverage:\n");
            report.coverage().summary().forEach(line -> text.append("  ").append(line).append('\n'));
            report.coverage().warnings().forEach(warning -> text.append("  WARNING ").append(warning.message())
                    .append('\n'));
        }
        text.append(report.publishable() ? "Publishable.\n" : "Not publishable without an admin's forced publish.\n");
        return text.toString();
    }

    private static void append(StringBuilder text, String kind, DraftReport.Change change) {
        text.append("  ").append(kind).append(' ').append(change.id()).append(" (").append(change.name()).append(")\n");
        for (DraftReport.ModelImpact model : change.models()) {
            text.append("    ").append(model.model()).append(": level ").append(model.levelBefore()).append(" -> ")
                    .append(model.levelAfter());
            if (model.scoreAfter() != null) {
                text.append(", score ").append(model.scoreBefore()).append(" -> ").append(model.scoreAfter());
            }
            text.append('\n');
            for (DraftReport.Responsible criterion : model.responsible()) {
                text.append("      ").append(criterion.criterion()).append(' ').append(criterion.effect());
                if (criterion.practice() != null) {
                    text.append(" (").append(criterion.practice()).append(": ")
                            .append(criterion.observed() == null ? "unanswered" : criterion.observed())
                            .append(", needs ").append(criterion.required()).append(')');
                }
                text.append('\n');
            }
        }
    }
}
