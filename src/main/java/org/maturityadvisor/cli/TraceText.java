package org.maturityadvisor.cli;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.trace.TableTrace;
import org.maturityadvisor.trace.TraceRow;
import org.maturityadvisor.trace.TraceTable;

/** A trace on the table as text: the counts first, then each table's rows with their marks, answers and cells. */
final class TraceText {

    private TraceText() {
    }

    static String render(TableTrace trace) {
        StringBuilder text = new StringBuilder();
        text.append(trace.modelName()).append(" on its table: level ").append(trace.level()).append(" of ")
                .append(trace.topLevel()).append(", ")
                .append(trace.levelName() == null ? "name not given" : trace.levelName())
                .append(trace.score() == null ? "" : " (score " + trace.score() + ")")
                .append("; rule set ").append(trace.rulesetVersion()).append('\n');
        List<String> counts = new ArrayList<>();
        trace.legend().stream().filter(c -> c.count() > 0).forEach(c -> counts.add(c.mark().words() + ": "
                + c.count() + " " + (c.count() == 1 ? "row" : "rows")));
        text.append("Rows: ").append(String.join("; ", counts)).append('\n');
        for (TraceTable table : trace.tables()) {
            text.append('\n').append("RuleTable ").append(table.name()).append(" (")
                    .append(table.sheet() == null ? table.file() : table.file() + ", sheet " + table.sheet())
                    .append(")\n");
            for (TraceRow row : table.rows()) {
                text.append(String.format("  %-4s %-5s %s", table.rowWord(), row.number(),
                        row.mark().words().toUpperCase(java.util.Locale.ROOT)));
                if (row.note() != null) {
                    text.append(": ").append(row.note());
                }
                text.append('\n');
                if (row.answer() != null) {
                    text.append("             answer: ").append(row.answer().words()).append('\n');
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.cells().size(); i++) {
                    String cell = row.cells().get(i);
                    cells.add(table.labels().get(i) + " = " + (cell == null ? "not given" : cell));
                }
                text.append("             ").append(String.join(" | ", cells)).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }
}
