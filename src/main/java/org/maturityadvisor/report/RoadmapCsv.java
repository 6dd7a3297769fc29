package org.maturityadvisor.report;

import org.maturityadvisor.definition.NotGiven;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.maturityadvisor.simulation.Roadmap;

/**
 * A roadmap as CSV (RFC 4180: comma separated, CRLF line ends, a cell with a comma, quote or line break quoted and
 * its quotes doubled), one row per change in roadmap order, with the columns a tracker such as Jira imports first
 * ({@code Summary,Description,Effort,Team}). A cell that starts with {@code = + - @}, a tab or a carriage return
 * would run as a formula in a spreadsheet (OWASP, CSV injection): it gets a leading single quote, shown as text.
 */
public final class RoadmapCsv {

    public static final List<String> COLUMNS = List.of("Summary", "Description", "Effort", "Team", "Model", "Level",
            "Order", "Practice", "From", "To", "Criteria", "Unlocks");

    private RoadmapCsv() {
    }

    public static String of(Roadmap roadmap) {
        StringBuilder csv = new StringBuilder();
        row(csv, COLUMNS);
        int order = 0;
        for (Roadmap.Bundle bundle : roadmap.bundles()) {
            for (Roadmap.Step step : bundle.steps()) {
                row(csv, List.of(summary(step), description(step), step.effort().words(), roadmap.team(),
                        bundle.modelName(), bundle.level() + " (" + NotGiven.or(bundle.levelName()) + ")", String.valueOf(++order),
                        step.question(), step.from() == null ? "unanswered" : step.from(), step.to(),
                        step.clears().stream().map(c -> c.text() + " (" + c.modelName() + ", level " + c.level() + ")")
                                .collect(Collectors.joining("; ")),
                        unlocks(step.unlocks())));
            }
        }
        return csv.toString();
    }

    private static String summary(Roadmap.Step step) {
        return step.question() + " \u2192 " + step.to();
    }

    private static String description(Roadmap.Step step) {
        return Stream.of(step.remediation() == null ? "What to do: " + NotGiven.WORDS : step.remediation(),
                        step.clears().isEmpty() ? "" : "Clears: " + step.clears().stream().map(Roadmap.Cleared::text)
                                .collect(Collectors.joining("; ")),
                        step.unlocks().isEmpty() ? "" : "Unlocks: " + unlocks(step.unlocks()))
                .filter(part -> !part.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String unlocks(List<Roadmap.LevelGain> gains) {
        return gains.stream().map(g -> g.modelName() + " level " + g.from() + " \u2192 " + g.to())
                .collect(Collectors.joining("; "));
    }

    private static void row(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(RoadmapCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** One cell, neutralised against formulas and quoted when RFC 4180 asks for it. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
