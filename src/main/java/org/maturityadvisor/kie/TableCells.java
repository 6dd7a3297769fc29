package org.maturityadvisor.kie;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;
import org.maturityadvisor.definition.RuleSetException;

/**
 * The cells of a decision table exactly as Drools' own spreadsheet parsers hand them to its compiler (trimmed,
 * numbers formatted, formulas evaluated, merged cells repeated), so that what the validator checks is what the
 * compiler would see. Drools compiles only the first sheet of a workbook; the others are read too, so that a table
 * put on another sheet can be reported instead of silently ignored.
 */
public final class TableCells {

    /** One sheet: its name (null for a CSV file), its position, and its non-blank cells by 0-based row and column. */
    public record Sheet(String name, int index, SortedMap<Integer, SortedMap<Integer, String>> rows) {

        public String cell(int row, int column) {
            return rows.getOrDefault(row, Collections.emptySortedMap()).get(column);
        }
    }

    private TableCells() {
    }

    /** @throws RuleSetException when the file cannot be read as a spreadsheet or CSV table */
    public static List<Sheet> read(RuleFile file) {
        try {
            return file.name().endsWith(".csv") ? List.of(csv(file)) : workbook(file);
        } catch (RuntimeException | IOException e) {
            throw new RuleSetException(file.name(), "", "cannot be read as a spreadsheet: "
                    + KieBaseBuilder.firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static Sheet csv(RuleFile file) {
        Collector collector = new Collector();
        new CsvParser(collector, new CsvLineParser()).parseFile(new ByteArrayInputStream(file.content()));
        return new Sheet(null, 0, collector.rows);
    }

    private static List<Sheet> workbook(RuleFile file) throws IOException {
        Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.content()));
        Map<String, List<DataListener>> listeners = new LinkedHashMap<>();
        Map<String, Collector> collectors = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            names.add(name);
            Collector collector = new Collector();
            collectors.put(name, collector);
            listeners.put(name, List.of(collector));
        }
        new ExcelParser(listeners).parseWorkbook(workbook); // closes the workbook
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            sheets.add(new Sheet(names.get(i), i, collectors.get(names.get(i)).rows));
        }
        return sheets;
    }

    /** Keeps every non-blank cell, trimmed as Drools trims it before use. */
    private static final class Collector implements DataListener {

        private final SortedMap<Integer, SortedMap<Integer, String>> rows = new TreeMap<>();

        @Override
        public void startSheet(String name) {
            // one collector per sheet
        }

        @Override
        public void finishSheet() {
            // nothing to flush
        }

        @Override
        public void newRow(int row, int columns) {
            // only rows with a non-blank cell are kept
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (value != null && !value.trim().isEmpty()) {
                rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value.trim());
            }
        }
    }
}
