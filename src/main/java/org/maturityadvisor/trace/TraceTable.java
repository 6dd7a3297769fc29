package org.maturityadvisor.trace;

import java.util.List;

/** One RuleTable of the model, traced: where it is, its columns (letters and labels) and its rows in table order. */
public record TraceTable(String file, String sheet, String name, TablePart part, List<String> columns,
                         List<String> labels, List<TraceRow> rows) {

    public TraceTable {
        columns = List.copyOf(columns);
        labels = List.copyOf(labels);
        rows = List.copyOf(rows);
    }

    /** "rules/x.drl.csv line 12", "google-mlops.drl.xlsx, sheet Tables, row 40". */
    public String position(TraceRow row) {
        return sheet == null ? file + " line " + row.number() : file + ", sheet " + sheet + ", row " + row.number();
    }

    /** "line" for a CSV table, "row" for a spreadsheet. */
    public String rowWord() {
        return sheet == null ? "line" : "row";
    }
}
