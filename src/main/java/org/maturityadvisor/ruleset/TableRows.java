package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.maturityadvisor.definition.CriterionRow;
import org.maturityadvisor.definition.DefinitionRow;
import org.maturityadvisor.definition.DimensionRow;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.LevelRow;
import org.maturityadvisor.definition.ModelRow;
import org.maturityadvisor.definition.SourceRow;
import org.maturityadvisor.definition.TableRow;
import org.maturityadvisor.definition.TargetRow;

/**
 * Reads the data rows of a table's RuleTables into typed rows, column by column as the code row names them (see
 * {@link TableColumn}), checking every cell as a value of its column first: its length, ids, conditions left blank,
 * control characters; the definition checks then check every number, practice, value, effort and points cell. It
 * also remembers which column each field came from, to name the cell of a later problem.
 */
final class TableRows {

    static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    /** The sheet and 0-based row of a table row, and the 0-based column of each field by its label. */
    record RowCells(String sheet, int row, Map<String, Integer> columns) {
    }

    final List<TableRow> rows = new ArrayList<>();
    final Map<SourceRow, RowCells> cells = new HashMap<>();
    /** The Model row of each model id, and the Levels row of each model#level, for problems about a whole model. */
    final Map<String, SourceRow> models = new HashMap<>();
    final Map<String, SourceRow> levels = new HashMap<>();
    final List<Finding> findings = new ArrayList<>();
    private final TableLimits limits;
    private final long deadline;

    TableRows(TableLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.time().toNanos();
    }

    /**
     * Reads every table of the sheet; false when a table's code row could not be read, when it has more data rows
     * than the limit, or when reading ran past the time limit (the rows of such a table are skipped).
     */
    boolean read(SheetLayout layout) {
        boolean understood = true;
        for (SheetLayout.Table table : layout.tables()) {
            if (table.dataRows().size() > limits.rows()) {
                findings.add(TableStructure.at(layout, FindingKind.TOO_LARGE, table.headerRow(), table.column(),
                        "RuleTable " + table.name() + " has " + table.dataRows().size() + " data rows; a table may "
                        + "have at most " + limits.rows() + " (maturity.limits.table-rows): split it or remove rows"));
                understood = false;
                continue;
            }
            Optional<Map<Integer, TableColumn>> columns = columns(layout, table);
            understood &= columns.isPresent() && rows(layout, table, columns.get());
        }
        return understood;
    }

    /** Reads the table's data rows; false, with a finding, when the time limit passes first. */
    private boolean rows(SheetLayout layout, SheetLayout.Table table, Map<Integer, TableColumn> columns) {
        for (int row : table.dataRows()) {
            if (System.nanoTime() - deadline > 0) {
                findings.add(TableStructure.at(layout, FindingKind.TOO_LARGE, row, table.column(), "reading the "
                        + "tables took longer than " + limits.time().toSeconds() + " s (maturity.limits.table-time); "
                        + "stopped at this row of RuleTable " + table.name()));
                return false;
            }
            row(layout, row, columns);
        }
        return true;
    }

    /** The column of each 0-based sheet column, from the table's code row; empty when it cannot be read. */
    private Optional<Map<Integer, TableColumn>> columns(SheetLayout layout, SheetLayout.Table table) {
        Map<Integer, TableColumn> columns = new LinkedHashMap<>();
        boolean understood = true;
        for (Map.Entry<Integer, String> code : layout.row(table.codeRow()).entrySet()) {
            Optional<TableColumn> column = TableColumn.ofCode(code.getValue());
            TableColumn.Table kind = columns.isEmpty() ? null : columns.values().iterator().next().table();
            if (column.isEmpty() || (kind == null) != column.get().starts()
                    || kind != null && column.get().table() != kind) {
                findings.add(TableStructure.at(layout, FindingKind.BAD_CODE_ROW, table.codeRow(), code.getKey(),
                        "this code is not one the "
                        + "rule set's tables use here; expected " + expected(kind) + " (the code row names the "
                        + "column's field; it is never run)"));
                understood = false;
            } else if (columns.containsValue(column.get())) {
                findings.add(TableStructure.at(layout, FindingKind.BAD_CODE_ROW, table.codeRow(), code.getKey(),
                        "this column repeats the "
                        + column.get().label() + " column; each field has one column"));
                understood = false;
            } else {
                columns.put(code.getKey(), column.get());
            }
        }
        return understood && !columns.isEmpty() ? Optional.of(columns) : Optional.empty();
    }

    private static String expected(TableColumn.Table kind) {
        List<TableColumn> choices = kind == null
                ? List.of(TableColumn.values()).stream().filter(TableColumn::starts).toList() : kind.columns();
        return "one of: " + choices.stream().map(TableColumn::code).collect(Collectors.joining("  "));
    }

    private void row(SheetLayout layout, int row, Map<Integer, TableColumn> columns) {
        int firstColumn = columns.keySet().iterator().next();
        TableColumn first = columns.get(firstColumn);
        SourceRow source = new SourceRow(layout.file(), row + 1);
        if (layout.cell(row, firstColumn) == null) {
            findings.add(TableStructure.at(layout, FindingKind.BLANK_CELL, row, firstColumn, first.label() + " is "
                    + "blank; every row starts "
                    + "with its " + (first.kind() == TableColumn.Kind.ID ? "id" : "model")
                    + " (fill it in, or delete the whole row)"));
            return;
        }
        Map<TableColumn, String> values = new EnumMap<>(TableColumn.class);
        Map<String, Integer> labels = new LinkedHashMap<>();
        columns.forEach((column, field) -> {
            labels.putIfAbsent(field.label(), column);
            String value = layout.cell(row, column);
            check(layout, row, column, field, value);
            if (value != null) {
                values.put(field, value);
            }
        });
        // a refused cell keeps its value, so the definition checks go on and report the row's other cells
        rows.add(new TableRow(made(first.table(), values), source));
        cells.put(source, new RowCells(layout.sheet().name(), row, labels));
        remember(first.table(), values, source);
    }

    private void check(SheetLayout layout, int row, int column, TableColumn field, String value) {
        if (value == null) {
            if (field.kind() == TableColumn.Kind.CONDITION) {
                refuse(layout, FindingKind.BLANK_CELL, row, column, field.label() + " is blank: a blank condition "
                        + "would silently match "
                        + "every team; write any to match every team, or the value the row needs");
            }
            return;
        }
        if (value.length() > field.maxLength()) {
            refuse(layout, FindingKind.CELL_TOO_LONG, row, column, field.label() + " is " + value.length() + " "
                    + "characters long; at most "
                    + field.maxLength() + " fit (it is stored and shown with every result): shorten it");
            return;
        }
        Optional<String> control = SafeText.refusal(value);
        if (control.isPresent()) {
            refuse(layout, FindingKind.CONTROL_CHARACTER, row, column, field.label() + " " + control.get());
            return;
        }
        if (field.kind() == TableColumn.Kind.ID && !ID.matcher(value).matches()) {
            refuse(layout, FindingKind.BAD_ID, row, column, field.label() + " \"" + value + "\" is not an id: use "
                    + "lower-case letters "
                    + "and digits, words joined by - or . (e.g. ms-data-pipeline)");
        }
    }

    private void refuse(SheetLayout layout, FindingKind kind, int row, int column, String message) {
        findings.add(TableStructure.at(layout, kind, row, column, message));
    }

    private static DefinitionRow made(TableColumn.Table table, Map<TableColumn, String> v) {
        return switch (table) {
            case MODEL -> new ModelRow(v.get(TableColumn.MODEL_ID), v.get(TableColumn.MODEL_NAME),
                    v.get(TableColumn.MODEL_SOURCE), v.get(TableColumn.MODEL_KIND), v.get(TableColumn.MODEL_CROSSWALK));
            case LEVELS -> new LevelRow(v.get(TableColumn.LEVEL_MODEL), v.get(TableColumn.LEVEL_NUMBER),
                    v.get(TableColumn.LEVEL_NAME), v.get(TableColumn.LEVEL_DESCRIPTION),
                    v.get(TableColumn.LEVEL_SCORE_ABOVE), v.get(TableColumn.LEVEL_LINES_UP_WITH));
            case DIMENSIONS -> new DimensionRow(v.get(TableColumn.DIMENSION_MODEL), v.get(TableColumn.DIMENSION_NAME),
                    v.get(TableColumn.DIMENSION_ROLE));
            case CRITERIA -> new CriterionRow(v.get(TableColumn.CRITERION_ID), v.get(TableColumn.CRITERION_MODEL),
                    v.get(TableColumn.CRITERION_LEVEL), v.get(TableColumn.CRITERION_DIMENSION),
                    v.get(TableColumn.CRITERION_TEXT), v.get(TableColumn.CRITERION_PRACTICE),
                    v.get(TableColumn.CRITERION_REQUIRED), v.get(TableColumn.CRITERION_REMEDIATION),
                    v.get(TableColumn.CRITERION_EFFORT), v.get(TableColumn.CRITERION_POINTS),
                    v.get(TableColumn.CRITERION_NEEDS_EVIDENCE), v.get(TableColumn.CRITERION_NEEDS_CONFIRMATION),
                    v.get(TableColumn.CRITERION_STALE_BLOCKS), v.get(TableColumn.CRITERION_MAY_BE_NOT_APPLICABLE),
                    v.get(TableColumn.CRITERION_APPLIES_WHEN));
            case TARGET -> new TargetRow(v.get(TableColumn.TARGET_ID), v.get(TableColumn.TARGET_MODEL),
                    v.get(TableColumn.TARGET_USE_CASES), v.get(TableColumn.TARGET_BUSINESS_CRITICAL),
                    v.get(TableColumn.TARGET_IN_PRODUCTION), v.get(TableColumn.TARGET_LEVEL),
                    v.get(TableColumn.TARGET_REASON), v.get(TableColumn.TARGET_CONTEXT));
        };
    }

    private void remember(TableColumn.Table table, Map<TableColumn, String> values, SourceRow source) {
        if (table == TableColumn.Table.MODEL && values.get(TableColumn.MODEL_ID) != null) {
            models.putIfAbsent(values.get(TableColumn.MODEL_ID), source);
        } else if (table == TableColumn.Table.LEVELS && values.get(TableColumn.LEVEL_MODEL) != null
                && values.get(TableColumn.LEVEL_NUMBER) != null) {
            levels.putIfAbsent(values.get(TableColumn.LEVEL_MODEL) + "#"
                    + values.get(TableColumn.LEVEL_NUMBER).replaceFirst("\\.0$", ""), source);
        }
    }
}
