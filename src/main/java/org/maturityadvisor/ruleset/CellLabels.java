package org.maturityadvisor.ruleset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a cell of a table means to an analyst: the RuleTable it is in, the header of its column, and its row's id and
 * text (a criterion's id and question), read off the sheet's own label row. A table without RuleTables (the practice
 * catalog) is one table whose first row holds the headers and whose first column holds the ids.
 */
final class CellLabels {

    /** The columns whose value says what a row is about, in words. */
    private static final Set<String> TEXT_LABELS = Set.of("criterion", "question", "level name", "model name");

    /** @param row the row's id (with its second key when the first column is not an id), null outside data rows */
    record Label(String table, String column, String row, String text) {
    }

    private final SheetLayout layout;

    private CellLabels(SheetLayout layout) {
        this.layout = layout;
    }

    static CellLabels of(String file, TableCells.Sheet sheet) {
        return new CellLabels(SheetLayout.of(file, sheet));
    }

    /** The label of a 0-based cell; empty for a cell outside every table (a setting such as Notes). */
    Optional<Label> at(int row, int column) {
        List<SheetLayout.Table> tables = layout.tables();
        if (tables.isEmpty()) {
            return row == 0 ? Optional.of(new Label(null, layout.cell(0, column), null, null))
                    : Optional.of(new Label(null, layout.cell(0, column), layout.cell(row, 0), text(0, row)));
        }
        return tables.stream().filter(table -> row >= table.headerRow() && (row <= table.labelRow()
                || table.dataRows().contains(row))).findFirst().map(table -> label(table, row, column));
    }

    private Label label(SheetLayout.Table table, int row, int column) {
        String header = layout.cell(table.labelRow(), column);
        if (row <= table.labelRow()) {
            return new Label(table.name(), header, null, null);
        }
        String id = layout.cell(row, table.column());
        String first = layout.cell(table.labelRow(), table.column());
        if (first != null && !first.toLowerCase(Locale.ROOT).endsWith(" id")) {
            String second = layout.cell(row, table.column() + 1);
            id = second == null ? id : id + " " + second;
        }
        return new Label(table.name(), header, id, text(table.labelRow(), row));
    }

    /** The row's words: the cell under a label such as Criterion or Question, if the table has one. */
    private String text(int labelRow, int row) {
        return layout.row(labelRow).entrySet().stream()
                .filter(label -> TEXT_LABELS.contains(label.getValue().strip().toLowerCase(Locale.ROOT)))
                .map(label -> layout.cell(row, label.getKey())).filter(text -> text != null).findFirst()
                .orElse(null);
    }
}
