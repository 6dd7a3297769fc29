package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * The cells around a finding, as the analyst typed them, read by the same reader that checks the tables
 * ({@link TableCells}): for showing the offending part of a sheet with the cell at fault marked.
 */
public final class SheetGrid {

    /**
     * A window of a sheet: the column letters, each column's header in the table around the marked row (null where
     * it has none), the rows (1-based numbers) and which cell or row is at fault.
     */
    public record Grid(String file, String sheet, List<String> columns, List<String> headers, List<GridRow> rows,
                       Integer markedRow, String markedColumn) {

        /** The header of the marked cell's column, or null. */
        public String markedHeader() {
            int at = markedColumn == null ? -1 : columns.indexOf(markedColumn);
            return at < 0 ? null : headers.get(at);
        }
    }

    /** One row of the window; {@code cells} line up with {@link Grid#columns()} (null when blank). */
    public record GridRow(int number, List<String> cells) {
    }

    private SheetGrid() {
    }

    /** The window of {@code radius} rows around the finding's row, or empty when it names no row of a table. */
    public static Optional<Grid> around(Finding finding, List<RuleFile> files, int radius) {
        if (finding.row() == null) {
            return Optional.empty();
        }
        Optional<RuleFile> file = files.stream().filter(f -> f.name().equals(finding.file())).findFirst();
        if (file.isEmpty() || finding.file().endsWith(".drl")) {
            return Optional.empty();
        }
        return TableCells.read(file.get()).sheets().stream()
                .filter(sheet -> finding.sheet() == null || Objects.equals(sheet.name(), finding.sheet()))
                .findFirst().map(sheet -> window(finding, sheet, radius));
    }

    private static Grid window(Finding finding, TableCells.Sheet sheet, int radius) {
        int marked = finding.row() - 1;
        int first = Math.max(0, marked - radius);
        int last = marked + radius;
        int width = sheet.rows().subMap(first, last + 1).values().stream()
                .mapToInt(cells -> cells.isEmpty() ? 0 : cells.lastKey() + 1).max().orElse(1);
        List<String> columns = new ArrayList<>();
        for (int column = 0; column < Math.min(width, 26); column++) {
            columns.add(Finding.columnLetter(column));
        }
        List<GridRow> rows = new ArrayList<>();
        for (int row = first; row <= last; row++) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < columns.size(); column++) {
                cells.add(sheet.cell(row, column));
            }
            rows.add(new GridRow(row + 1, cells));
        }
        CellLabels labels = CellLabels.of(finding.file(), sheet);
        List<String> headers = new ArrayList<>();
        for (int column = 0; column < columns.size(); column++) {
            headers.add(labels.at(marked, column).map(CellLabels.Label::column).orElse(null));
        }
        return new Grid(finding.file(), sheet.name(), columns, headers, rows, finding.row(), finding.column());
    }
}
