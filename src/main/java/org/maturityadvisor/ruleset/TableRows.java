package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.SourceRow;
import org.maturityadvisor.definition.TableRow;

/**
 * Reads the data rows of checked tables in plain Java, doing what their (fixed) code rows tell Drools to do, so that
 * every cell is checked as a value of its column before anything reaches the compiler: text that could break out of
 * the generated string, ids, conditions left blank, and then, through the definition checks, every number, practice,
 * value, effort and points cell. It also remembers which column each field came from, to name the cell of a problem.
 */
final class TableRows {

    static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern FACTORY = Pattern.compile("(\\w+) (\\w+) = (\\w+)\\.(\\w+)\\(\"\\$param\"\\);");
    private static final Pattern INSERT = Pattern.compile("insert\\((\\w+)\\);");
    private static final Pattern SETTER = Pattern.compile("(\\w+)\\.(\\w+)\\(\"\\$param\"\\);");

    /** The sheet and 0-based row of a table row, and the 0-based column of each field by its label. */
    record RowCells(String sheet, int row, Map<String, Integer> columns) {
    }

    /** A column of a table: what its code does with a cell. */
    private record Plan(int column, String keyword, Function<String, Object> factory, String label,
                        List<RowFields.Field> fields) {
    }

    final List<TableRow> rows = new ArrayList<>();
    final Map<SourceRow, RowCells> cells = new HashMap<>();
    /** The Model row of each model id, and the Levels row of each model#level, for problems about a whole model. */
    final Map<String, SourceRow> models = new HashMap<>();
    final Map<String, SourceRow> levels = new HashMap<>();
    final List<Finding> findings = new ArrayList<>();

    void read(SheetLayout layout) {
        for (SheetLayout.Table table : layout.tables()) {
            plans(layout, table).ifPresent(plans -> table.dataRows().forEach(row -> row(layout, row, plans)));
        }
    }

    private Optional<List<Plan>> plans(SheetLayout layout, SheetLayout.Table table) {
        List<Plan> plans = new ArrayList<>();
        String variable = null;
        String type = null;
        for (Map.Entry<Integer, String> code : layout.row(table.codeRow()).entrySet()) {
            List<String> statements = CodeRows.statements(code.getValue());
            String keyword = layout.cell(table.keywordRow(), code.getKey());
            if (plans.isEmpty()) {
                Matcher factory = FACTORY.matcher(statements.get(0));
                Matcher insert = INSERT.matcher(statements.size() == 2 ? statements.get(1) : "");
                if (!factory.matches() || !insert.matches() || !factory.group(2).equals(insert.group(1))
                        || !factory.group(1).equals(factory.group(3))
                        || RowFields.factory(factory.group(3), factory.group(4)).isEmpty()) {
                    return notUnderstood(layout, table, code.getKey());
                }
                variable = factory.group(2);
                type = factory.group(3);
                plans.add(new Plan(code.getKey(), keyword, RowFields.factory(type, factory.group(4)).get(),
                        RowFields.factoryLabel(type, factory.group(4)), List.of()));
                continue;
            }
            List<RowFields.Field> fields = new ArrayList<>();
            for (String statement : statements) {
                Matcher setter = SETTER.matcher(statement);
                Optional<RowFields.Field> field = setter.matches() && setter.group(1).equals(variable)
                        ? RowFields.field(type, setter.group(2)) : Optional.empty();
                if (field.isEmpty()) {
                    return notUnderstood(layout, table, code.getKey());
                }
                fields.add(field.get());
            }
            plans.add(new Plan(code.getKey(), keyword, null, fields.get(0).label(), fields));
        }
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans);
    }

    private Optional<List<Plan>> notUnderstood(SheetLayout layout, SheetLayout.Table table, int column) {
        findings.add(TableStructure.at(layout, table.codeRow(), column, "this code is not one the rule set's "
                + "tables use, so the table's rows cannot be checked"));
        return Optional.empty();
    }

    private void row(SheetLayout layout, int row, List<Plan> plans) {
        Plan first = plans.get(0);
        String id = layout.cell(row, first.column());
        SourceRow source = new SourceRow(layout.file(), row + 1);
        if (id == null) {
            findings.add(TableStructure.at(layout, row, first.column(), first.label() + " is blank; every row "
                    + "starts with its id (fill it in, or delete the whole row)"));
            return;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Plan plan : plans) {
            columns.putIfAbsent(plan.label(), plan.column());
            plan.fields().forEach(field -> columns.putIfAbsent(field.label(), plan.column()));
            cell(layout, row, plan, layout.cell(row, plan.column()));
        }
        // the row is read even when a cell is refused: the definition checks are plain Java, never the compiler
        Object made = first.factory().apply(id);
        for (Plan plan : plans.subList(1, plans.size())) {
            String value = layout.cell(row, plan.column());
            if (value != null) {
                plan.fields().forEach(field -> field.setter().accept(made, value));
            }
        }
        rows.add(new TableRow(made, source));
        cells.put(source, new RowCells(layout.sheet().name(), row, columns));
        remember(layout, row, plans, id, source);
    }

    private void cell(SheetLayout layout, int row, Plan plan, String value) {
        boolean condition = "CONDITION".equals(plan.keyword())
                || plan.fields().stream().anyMatch(field -> field.kind() == RowFields.Kind.CONDITION);
        if (value == null) {
            if (condition) {
                findings.add(TableStructure.at(layout, row, plan.column(), plan.label() + " is blank: a blank "
                        + "condition would silently match every team (Drools drops it); write any to match every "
                        + "team, or the value the row needs"));
            }
            return;
        }
        Optional<String> refusal = SafeText.refusal(value);
        if (refusal.isPresent()) {
            findings.add(TableStructure.at(layout, row, plan.column(), plan.label() + " " + refusal.get()));
            return;
        }
        boolean id = plan.factory() != null || plan.fields().stream().anyMatch(f -> f.kind() == RowFields.Kind.ID);
        if (id && !ID.matcher(value).matches()) {
            findings.add(TableStructure.at(layout, row, plan.column(), plan.label() + " \"" + value + "\" is not "
                    + "an id: use lower-case letters and digits, words joined by - or . (e.g. ms-data-pipeline)"));
        }
    }

    private void remember(SheetLayout layout, int row, List<Plan> plans, String id, SourceRow source) {
        if ("Model id".equals(plans.get(0).label())) {
            models.putIfAbsent(id, source);
        } else if ("Model".equals(plans.get(0).label())) {
            plans.stream().filter(plan -> "Level".equals(plan.label())).findFirst()
                    .map(plan -> layout.cell(row, plan.column()))
                    .ifPresent(level -> levels.putIfAbsent(id + "#" + level.replaceFirst("\\.0$", ""), source));
        }
    }
}
