package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;


/**
 * A sheet read the way Drools' decision-table parser reads it: settings rows (RuleSet, Import, Notes, ...) and
 * RuleTables. A RuleTable is its header cell, then four rows at fixed offsets (keywords such as ACTION, object types,
 * code snippets, labels), then the data rows, which end at the first blank row; a non-blank row after that blank row
 * is outside every table, where Drools reads it as a setting.
 */
record SheetLayout(String file, TableCells.Sheet sheet, List<Block> blocks) {

    static final String RULE_TABLE = "RuleTable";

    /** A part of the sheet, in sheet order. */
    sealed interface Block permits SettingRow, Table {
    }

    /** A non-blank row outside every RuleTable (0-based row). */
    record SettingRow(int row, SortedMap<Integer, String> cells) implements Block {
    }

    /** One RuleTable: the 0-based row and column of its header cell, and its 0-based data rows. */
    record Table(int headerRow, int column, String header, List<Integer> dataRows) implements Block {

        int keywordRow() {
            return headerRow + 1;
        }

        int objectTypeRow() {
            return headerRow + 2;
        }

        int codeRow() {
            return headerRow + 3;
        }

        int labelRow() {
            return headerRow + 4;
        }

        /** The table's name, e.g. {@code Criteria} for {@code RuleTable Criteria}. */
        String name() {
            return header.length() > RULE_TABLE.length() ? header.substring(RULE_TABLE.length()).trim() : "";
        }
    }

    static SheetLayout of(String file, TableCells.Sheet sheet) {
        List<Block> blocks = new ArrayList<>();
        Table table = null;
        for (Map.Entry<Integer, SortedMap<Integer, String>> entry : sheet.rows().entrySet()) {
            int row = entry.getKey();
            Optional<Integer> header = ruleTableCell(entry.getValue());
            boolean inTable = table != null && (row <= table.labelRow() || row == lastRow(table) + 1);
            if (header.isPresent() && (!inTable || row > table.labelRow())) {
                table = new Table(row, header.get(), entry.getValue().get(header.get()), new ArrayList<>());
                blocks.add(table);
            } else if (inTable) {
                if (row > table.labelRow()) {
                    table.dataRows().add(row);
                }
            } else {
                table = null;
                blocks.add(new SettingRow(row, entry.getValue()));
            }
        }
        return new SheetLayout(file, sheet, List.copyOf(blocks));
    }

    /** Drools starts a table at any cell whose text begins with "ruletable", in any case. */
    private static Optional<Integer> ruleTableCell(SortedMap<Integer, String> cells) {
        return cells.entrySet().stream()
                .filter(cell -> cell.getValue().toLowerCase(Locale.ROOT).startsWith("ruletable"))
                .map(Map.Entry::getKey).findFirst();
    }

    private static int lastRow(Table table) {
        return table.dataRows().isEmpty() ? table.labelRow() : table.dataRows().get(table.dataRows().size() - 1);
    }

    List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    SortedMap<Integer, String> row(int row) {
        return sheet.rows().getOrDefault(row, Collections.emptySortedMap());
    }

    String cell(int row, int column) {
        return sheet.cell(row, column);
    }
}
