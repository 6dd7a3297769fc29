package org.maturityadvisor.trace;

import java.util.List;

/**
 * One RuleTable of a rules file, as the analyst typed it, cut to one model's rows: its file and sheet (null for a CSV
 * table), its name (e.g. {@code Criteria}, {@code Tests}, {@code Statements}), which part of a model it holds, the
 * sheet column letters and label-row names of its columns, and the model's data rows in table order.
 */
public record SheetTable(String file, String sheet, String name, TablePart part, List<String> columns,
                         List<String> labels, List<Row> rows) {

    public SheetTable {
        columns = List.copyOf(columns);
        labels = List.copyOf(labels);
        rows = List.copyOf(rows);
    }

    /**
     * One data row: its 1-based row (a CSV table's line), its key (the model id, the level number, the dimension name
     * or the criterion id) and its cells, lined up with the columns (null when blank).
     */
    public record Row(int number, String key, List<String> cells) {

        public Row {
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }
    }

    /** Whether the table is a CSV file (rows are lines, no sheet). */
    public boolean csv() {
        return sheet == null;
    }
}
