package org.maturityadvisor.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.Severity;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * The cells of a table file, read once, as the analyst typed them: text as text, numbers as their cell shows them,
 * trimmed, a merged cell's value repeated over its range (as Drools' own parsers do). A formula cell is refused with
 * its cell named and never evaluated: an evaluation could differ from one read to the next ({@code RAND()},
 * {@code NOW()}), so no value of it is trusted. A workbook that links to other workbooks is refused too. An .xlsx
 * workbook is read from its XML ({@link XlsxCells}), an .xls one through POI's usermodel.
 */
final class TableCells {

    /** One sheet: its name (null for a CSV file), its position, and its non-blank cells by 0-based row and column. */
    record Sheet(String name, int index, SortedMap<Integer, SortedMap<Integer, String>> rows) {

        String cell(int row, int column) {
            return rows.getOrDefault(row, Collections.emptySortedMap()).get(column);
        }
    }

    /** The sheets read, and what made cells unreadable (formulas, links); any finding refuses the file. */
    record Read(List<Sheet> sheets, List<Finding> findings) {
    }

    private TableCells() {
    }

    static Read read(RuleFile file) {
        return read(file, TableLimits.DEFAULTS);
    }

    /** The cells, or a refusal naming the sheet once a sheet holds more cells than {@code limits} allow. */
    static Read read(RuleFile file, TableLimits limits) {
        try {
            if (file.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                return csv(file, limits);
            }
            return FileMagic.valueOf(file.content()) == FileMagic.OOXML
                    ? XlsxCells.read(file.name(), file.content(), limits) : workbook(file, limits);
        } catch (TableLimits.Exceeded e) {
            return new Read(List.of(), List.of(new Finding(FindingKind.TOO_LARGE, file.name(), e.sheet(), null, null,
                    null, Severity.ERROR, e.getMessage())));
        } catch (IOException | RuntimeException e) {
            return new Read(List.of(), List.of(Finding.error(FindingKind.UNREADABLE_FILE, file.name(), "cannot be "
                    + "read as a spreadsheet: "
                    + firstLine(e.getMessage()))));
        }
    }

    private static Read csv(RuleFile file, TableLimits limits) throws IOException {
        String text = new String(file.content(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        SortedMap<Integer, SortedMap<Integer, String>> rows = new TreeMap<>();
        // empty lines are kept as records, so a record's number is its line (a blank line ends a RuleTable)
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        long count = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int row = (int) record.getRecordNumber() - 1;
                count += record.size();
                if (count > limits.cells()) {
                    throw limits.tooManyCells(null, "line " + (row + 1) + " passes " + limits.cells() + " cells");
                }
                for (int column = 0; column < record.size(); column++) {
                    put(rows, row, column, record.get(column));
                }
            }
        }
        return new Read(List.of(new Sheet(null, 0, rows)), List.of());
    }

    private static Read workbook(RuleFile file, TableLimits limits) throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Sheet> sheets = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
            if (workbook instanceof XSSFWorkbook xssf && !xssf.getExternalLinksTable().isEmpty()) {
                findings.add(linkedWorkbook(file.name()));
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(sheet(file, workbook.getSheetAt(i), i, formatter, findings, limits));
            }
        }
        return new Read(List.copyOf(sheets), List.copyOf(findings));
    }

    private static Sheet sheet(RuleFile file, org.apache.poi.ss.usermodel.Sheet sheet, int index,
                               DataFormatter formatter, List<Finding> findings, TableLimits limits) {
        SortedMap<Integer, SortedMap<Integer, String>> rows = new TreeMap<>();
        long count = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (++count > limits.cells()) {
                    throw limits.tooManyCells(sheet.getSheetName(), "row " + (cell.getRowIndex() + 1) + " passes "
                            + limits.cells() + " cells");
                }
                if (cell.getCellType() == CellType.FORMULA) {
                    findings.add(formulaCell(file.name(), sheet.getSheetName(), cell.getRowIndex(),
                            cell.getColumnIndex()));
                } else {
                    rows.computeIfAbsent(cell.getRowIndex(), r -> new TreeMap<>()).put(cell.getColumnIndex(),
                            formatter.formatCellValue(cell));
                }
            }
        }
        return sheet(sheet.getSheetName(), index, rows, sheet.getMergedRegions(), limits);
    }

    /**
     * A sheet of these cells (as shown, untrimmed), blank ones dropped, merged ranges filled with their value. A range
     * is filled only when every cell it covers fits in the limit: a range over a million rows is refused, naming it,
     * before a single cell of it is made (its size is counted, never walked).
     */
    static Sheet sheet(String name, int index, SortedMap<Integer, SortedMap<Integer, String>> cells,
                       List<CellRangeAddress> merged, TableLimits limits) {
        SortedMap<Integer, SortedMap<Integer, String>> rows = new TreeMap<>();
        cells.forEach((row, inRow) -> inRow.forEach((column, value) -> put(rows, row, column, value)));
        long count = rows.values().stream().mapToLong(Map::size).sum();
        for (CellRangeAddress range : merged) {
            String value = rows.getOrDefault(range.getFirstRow(), Collections.emptySortedMap())
                    .get(range.getFirstColumn());
            if (value != null) {
                long area = ((long) range.getLastRow() - range.getFirstRow() + 1)
                        * ((long) range.getLastColumn() - range.getFirstColumn() + 1);
                count += area;
                if (count > limits.cells()) {
                    throw limits.tooManyCells(name, "merged range " + range.formatAsString() + " covers " + area
                            + " cells");
                }
                for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                    for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                        put(rows, r, c, value);
                    }
                }
            }
        }
        return new Sheet(name, index, rows);
    }

    static Finding formulaCell(String file, String sheet, int row, int column) {
        return Finding.atCell(FindingKind.FORMULA_CELL, file, sheet, row, column, Severity.ERROR,
                Finding.columnLetter(column) + (row + 1) + " holds a formula; type the value itself "
                        + "(formulas are never evaluated)");
    }

    static Finding linkedWorkbook(String file) {
        return Finding.error(FindingKind.LINKED_WORKBOOK, file, "links to another workbook; a table must hold its "
                + "values itself: remove the external links (Data > Edit Links > Break Link)");
    }

    private static void put(SortedMap<Integer, SortedMap<Integer, String>> rows, int row, int column, String value) {
        if (value != null && !value.isBlank()) {
            rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value.strip());
        }
    }

    static String firstLine(String text) {
        String trimmed = text == null ? "" : text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
