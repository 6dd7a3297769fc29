package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.trace.SheetTable;
import org.maturityadvisor.trace.TablePart;
import org.maturityadvisor.trace.TableTrace;
import org.maturityadvisor.trace.TableTracer;

/**
 * One model's rows of a rule set's tables, as the analyst typed them, for a trace on the table: read by the same
 * reader that checks and compiles the tables ({@link TableCells}, {@link SheetLayout}, {@link TableColumn}), never
 * a second parser. A table's code row only says which field each column holds; nothing read is ever run.
 */
public final class ModelTables {

    private ModelTables() {
    }

    /**
     * The trace of one model of {@code result} on the tables of {@code rules}, the rule set that produced it; empty
     * when the rule set or the result has no such model.
     */
    public static Optional<TableTrace> trace(LoadedRuleSet rules, AssessmentResult result, String model) {
        Optional<MaturityModel> definition = rules.advisor().models().stream().filter(m -> m.id().equals(model))
                .findFirst();
        Optional<ModelAssessment> assessed = result.models().stream().filter(m -> m.model().equals(model))
                .findFirst();
        if (definition.isEmpty() || assessed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TableTracer.trace(definition.get(), assessed.get(), rules.version(),
                of(rules.files(), model)));
    }

    /** The model's Model, Levels, Dimensions and Criteria (Tests, Statements) rows, in file, sheet and table order. */
    public static List<SheetTable> of(List<RuleFile> files, String model) {
        List<SheetTable> tables = new ArrayList<>();
        for (RuleFile file : files) {
            String name = file.name().toLowerCase(Locale.ROOT);
            if (RuleSetCheck.TABLE_SUFFIXES.stream().noneMatch(name::endsWith)) {
                continue;
            }
            TableCells.Read read = TableCells.read(file);
            if (!read.findings().isEmpty()) {
                continue;
            }
            for (TableCells.Sheet sheet : read.sheets()) {
                SheetLayout layout = SheetLayout.of(file.name(), sheet);
                for (SheetLayout.Table table : layout.tables()) {
                    of(layout, table, model).ifPresent(tables::add);
                }
            }
        }
        return List.copyOf(tables);
    }

    private static Optional<SheetTable> of(SheetLayout layout, SheetLayout.Table table, String model) {
        Map<Integer, TableColumn> columns = new TreeMap<>();
        for (Map.Entry<Integer, String> code : layout.row(table.codeRow()).entrySet()) {
            Optional<TableColumn> column = TableColumn.ofCode(code.getValue());
            if (column.isEmpty()) {
                return Optional.empty();
            }
            columns.put(code.getKey(), column.get());
        }
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        TableColumn.Table kind = columns.values().iterator().next().table();
        TablePart part = switch (kind) {
            case MODEL -> TablePart.MODEL;
            case LEVELS -> TablePart.LEVELS;
            case DIMENSIONS -> TablePart.DIMENSIONS;
            case CRITERIA -> TablePart.CRITERIA;
            case TARGET -> null;
        };
        if (part == null) {
            return Optional.empty();
        }
        TableColumn modelColumn = kind == TableColumn.Table.MODEL ? TableColumn.MODEL_ID : kind.columns().stream()
                .filter(c -> c.label().equals("Model")).findFirst().orElseThrow();
        TableColumn keyColumn = switch (kind) {
            case MODEL -> TableColumn.MODEL_ID;
            case LEVELS -> TableColumn.LEVEL_NUMBER;
            case DIMENSIONS -> TableColumn.DIMENSION_NAME;
            default -> TableColumn.CRITERION_ID;
        };
        List<String> letters = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        columns.forEach((column, field) -> {
            letters.add(Finding.columnLetter(column));
            String label = layout.cell(table.labelRow(), column);
            labels.add(label == null ? field.label() : label);
        });
        List<SheetTable.Row> rows = new ArrayList<>();
        for (int row : table.dataRows()) {
            if (!model.equals(value(layout, row, columns, modelColumn))) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            columns.keySet().forEach(column -> cells.add(layout.cell(row, column)));
            String key = value(layout, row, columns, keyColumn);
            rows.add(new SheetTable.Row(row + 1, key == null ? null : key.replaceFirst("\\.0$", ""), cells));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new SheetTable(layout.file(), layout.sheet().name(),
                table.name(), part, letters, labels, rows));
    }

    private static String value(SheetLayout layout, int row, Map<Integer, TableColumn> columns, TableColumn field) {
        return columns.entrySet().stream().filter(e -> e.getValue() == field).findFirst()
                .map(e -> layout.cell(row, e.getKey())).orElse(null);
    }
}
