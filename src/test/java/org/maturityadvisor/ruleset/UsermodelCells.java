package org.maturityadvisor.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

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
 * The .xlsx reader TableCells had before {@link XlsxCells} (POI's usermodel: WorkbookFactory, XSSFWorkbook,
 * DataFormatter.formatCellValue), verbatim from commit fa25d4c, kept as the oracle the new one is held to.
 */
final class UsermodelCells {

    private UsermodelCells() {
    }

    static TableCells.Read read(RuleFile file) {
        try {
            return workbook(file);
        } catch (IOException | RuntimeException e) {
            return new TableCells.Read(List.of(), List.of(Finding.error(FindingKind.UNREADABLE_FILE, file.name(),
                    "cannot be read as a spreadsheet: " + TableCells.firstLine(e.getMessage()))));
        }
    }

    private static TableCells.Read workbook(RuleFile file) throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<TableCells.Sheet> sheets = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
            if (workbook instanceof XSSFWorkbook xssf && !xssf.getExternalLinksTable().isEmpty()) {
                findings.add(Finding.error(FindingKind.LINKED_WORKBOOK, file.name(), "links to another workbook; a "
                        + "table must hold its values "
                        + "itself: remove the external links (Data > Edit Links > Break Link)"));
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                sheets.add(sheet(file, workbook.getSheetAt(i), i, formatter, findings));
            }
        }
        return new TableCells.Read(List.copyOf(sheets), List.copyOf(findings));
    }

    private static TableCells.Sheet sheet(RuleFile file, org.apache.poi.ss.usermodel.Sheet sheet, int index,
                               DataFormatter formatter, List<Finding> findings) {
        SortedMap<Integer, SortedMap<Integer, String>> rows = new TreeMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    findings.add(Finding.atCell(FindingKind.FORMULA_CELL, file.name(), sheet.getSheetName(),
                            cell.getRowIndex(),
                            cell.getColumnIndex(), Severity.ERROR, Finding.columnLetter(cell.getColumnIndex())
                                    + (cell.getRowIndex() + 1) + " holds a formula; type the value itself "
                                    + "(formulas are never evaluated)"));
                } else {
                    put(rows, cell.getRowIndex(), cell.getColumnIndex(), formatter.formatCellValue(cell));
                }
            }
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            String value = rows.getOrDefault(merged.getFirstRow(), Collections.emptySortedMap())
                    .get(merged.getFirstColumn());
            if (value != null) {
                for (int r = merged.getFirstRow(); r <= merged.getLastRow(); r++) {
                    for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                        put(rows, r, c, value);
                    }
                }
            }
        }
        return new TableCells.Sheet(sheet.getSheetName(), index, rows);
    }

    private static void put(SortedMap<Integer, SortedMap<Integer, String>> rows, int row, int column, String value) {
        if (value != null && !value.isBlank()) {
            rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value.strip());
        }
    }
}
