package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.Severity;

/**
 * Checks a table's layout exactly, so that the file stays the Drools decision table analysts know and reads the same
 * here and in their tools: keywords spelt out (Drools would take {@code CONDITOIN} for a condition), only the settings
 * the tables use, an ACTION column with its code cell, no cell outside a table's columns or cut off from it by an empty
 * row, and one sheet. Each deviation is reported with its cell.
 */
final class TableStructure {

    /** Drools' column keywords, spelt out in full. */
    static final Set<String> KEYWORDS = Set.of("CONDITION", "ACTION", "NAME", "DESCRIPTION", "PRIORITY", "DURATION",
            "TIMER", "ENABLED", "CALENDARS", "NO-LOOP", "LOCK-ON-ACTIVE", "AUTO-FOCUS", "ACTIVATION-GROUP",
            "AGENDA-GROUP", "RULEFLOW-GROUP", "DATE-EFFECTIVE", "DATE-EXPIRES", "METADATA");
    /** The keywords whose column takes a code snippet with {@code $param}. */
    static final Set<String> CODE_KEYWORDS = Set.of("CONDITION", "ACTION", "METADATA");
    /**
     * The settings a table may have (the first cell of a row outside the tables): its RuleSet and Import rows, which
     * keep it a Drools decision table in the analysts' tools, and Notes, its comment row. Nothing in them is compiled.
     */
    static final Set<String> SETTINGS = Set.of("RuleSet", "Import", "Notes");
    /** Drools' other settings: each would carry code or change how code is generated; tables hold data only. */
    static final Set<String> CODE_SETTINGS = Set.of("Variables", "Functions", "Queries", "Declare", "Unit",
            "Sequential", "EscapeQuotes", "SequentialMaxPriority", "SequentialMinPriority", "NumericDisabled",
            "IgnoreNumericFormat");

    private TableStructure() {
    }

    static List<Finding> check(String file, List<TableCells.Sheet> sheets) {
        List<Finding> findings = new ArrayList<>();
        sheets.stream().skip(1).filter(sheet -> !sheet.rows().isEmpty()).forEach(sheet -> findings.add(
                new Finding(FindingKind.EXTRA_SHEET, file, sheet.name(), null, null, null, Severity.ERROR,
                        "only the first sheet of a "
                        + "table is read, so this one would be ignored; move its rows into the first sheet or "
                        + "delete it")));
        SheetLayout layout = SheetLayout.of(file, sheets.get(0));
        if (layout.tables().isEmpty()) {
            findings.add(new Finding(FindingKind.TABLE_LAYOUT, file, sheets.get(0).name(), null, null, null,
                    Severity.ERROR,
                    "has no RuleTable: it would define nothing"));
        }
        for (SheetLayout.Block block : layout.blocks()) {
            if (block instanceof SheetLayout.SettingRow setting) {
                setting(layout, setting, findings);
            } else if (block instanceof SheetLayout.Table table) {
                table(layout, table, findings);
            }
        }
        return findings;
    }

    private static void setting(SheetLayout layout, SheetLayout.SettingRow row, List<Finding> findings) {
        Map.Entry<Integer, String> key = row.cells().entrySet().iterator().next();
        if (CODE_SETTINGS.contains(key.getValue())) {
            findings.add(at(layout, FindingKind.CODE_SETTING, row.row(), key.getKey(), "\"" + key.getValue() + "\" "
                    + "is a Drools setting for "
                    + "code; the tables hold data only (RuleSet, Import and Notes are the settings they keep): "
                    + "remove the row"));
        } else if (!SETTINGS.contains(key.getValue())) {
            findings.add(at(layout, FindingKind.TABLE_LAYOUT, row.row(), key.getKey(), "\"" + key.getValue() + "\" "
                    + "is outside every table and "
                    + "is not a setting (RuleSet, Import, Notes, ...): Drools would ignore this row silently. If it "
                    + "is a data row, it is cut off from its table by an empty row above it: remove that empty row"));
        }
    }

    private static void table(SheetLayout layout, SheetLayout.Table table, List<Finding> findings) {
        if (!table.header().startsWith(SheetLayout.RULE_TABLE + " ") || table.name().isEmpty()) {
            findings.add(at(layout, FindingKind.TABLE_LAYOUT, table.headerRow(), table.column(),
                    "\"" + table.header() + "\" must be written "
                    + "exactly RuleTable, a space and the table's name (e.g. RuleTable Criteria)"));
        }
        SortedMap<Integer, String> keywords = layout.row(table.keywordRow());
        if (keywords.isEmpty()) {
            findings.add(at(layout, FindingKind.TABLE_LAYOUT, table.keywordRow(), table.column(), "the row under "
                    + "" + table.header()
                    + " must hold the column keywords (ACTION, ...)"));
        }
        keywords.forEach((column, keyword) -> {
            if (!KEYWORDS.contains(keyword)) {
                findings.add(at(layout, FindingKind.TABLE_LAYOUT, table.keywordRow(), column, "\"" + keyword + "\" "
                        + "is not a column keyword; "
                        + "Drools reads only its first letter and would take it for another keyword silently. Write "
                        + "it exactly, e.g. ACTION or CONDITION"));
            } else if (CODE_KEYWORDS.contains(keyword) && layout.cell(table.codeRow(), column) == null) {
                findings.add(at(layout, FindingKind.TABLE_LAYOUT, table.codeRow(), column, "the " + keyword + " "
                        + "column above has no code "
                        + "in this cell, so Drools would ignore the whole column silently"));
            }
        });
        List<Integer> rows = new ArrayList<>(List.of(table.objectTypeRow(), table.codeRow(), table.labelRow()));
        rows.addAll(table.dataRows());
        for (int row : rows) {
            layout.row(row).keySet().stream().filter(column -> column >= table.column())
                    .filter(column -> !keywords.containsKey(column))
                    .forEach(column -> findings.add(at(layout, FindingKind.TABLE_LAYOUT, row, column, "is outside "
                            + "the columns of table "
                            + table.name() + " (no keyword above it): Drools refuses or ignores it; clear the cell")));
            layout.row(row).keySet().stream().filter(column -> column < table.column())
                    .forEach(column -> findings.add(at(layout, FindingKind.TABLE_LAYOUT, row, column, "is left of "
                            + "table " + table.name()
                            + ", where Drools ignores it silently; clear the cell")));
        }
    }

    static Finding at(SheetLayout layout, FindingKind kind, int row, int column, String message) {
        return Finding.atCell(kind, layout.file(), layout.sheet().name(), row, column, Severity.ERROR, message);
    }
}
