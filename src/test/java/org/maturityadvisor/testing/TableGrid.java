package org.maturityadvisor.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A decision table's grid as an analyst lays it out, for tests that write their own small model: the settings rows,
 * then each RuleTable as its header, its keyword row (one ACTION per column), the empty row under it, the code row,
 * the label row, the data rows and the empty row that ends it. The rows go to {@link RulesFixture#writeTable} (xlsx)
 * or {@link #csv()} ({@code .drl.csv}): one layout for both, written in one place.
 */
public final class TableGrid {

    /** A column of a table: the code cell that says which field it holds, and its label. */
    public record Column(String code, String label) {

        /** The same column under another label ("Statement id" for "Criterion id", "Section" for "Dimension"). */
        public Column as(String otherLabel) {
            return new Column(code, otherLabel);
        }
    }

    public static final Column MODEL_ID = new Column("ModelRow m = ModelRow.id(\"$param\"); insert(m);", "Model id");
    public static final Column MODEL_NAME = new Column("m.name(\"$param\");", "Model name");
    public static final Column SOURCE = new Column("m.source(\"$param\");", "Source");
    public static final Column KIND = new Column("m.kind(\"$param\");", "Kind");
    public static final Column CROSSWALK = new Column("m.crosswalk(\"$param\");", "Crosswalk");
    public static final Column LEVEL_MODEL = new Column("LevelRow l = LevelRow.model(\"$param\"); insert(l);",
            "Model");
    public static final Column LEVEL = new Column("l.level(\"$param\");", "Level");
    public static final Column LEVEL_NAME = new Column("l.name(\"$param\");", "Level name");
    public static final Column SCORE_ABOVE = new Column("l.scoreAbove(\"$param\");", "Score above");
    public static final Column LINES_UP_WITH = new Column("l.linesUpWith(\"$param\");", "Lines up with");
    public static final Column DIMENSION_MODEL = new Column(
            "DimensionRow d = DimensionRow.model(\"$param\"); insert(d);", "Model");
    public static final Column DIMENSION = new Column("d.name(\"$param\");", "Dimension");
    public static final Column ROLE = new Column("d.role(\"$param\");", "Role");
    public static final Column CRITERION_ID = new Column("CriterionRow c = CriterionRow.id(\"$param\"); insert(c);",
            "Criterion id");
    public static final Column CRITERION_MODEL = new Column("c.model(\"$param\");", "Model");
    public static final Column CRITERION_LEVEL = new Column("c.level(\"$param\");", "Level");
    public static final Column CRITERION_DIMENSION = new Column("c.dimension(\"$param\");", "Dimension");
    public static final Column TEXT = new Column("c.text(\"$param\");", "Criterion");
    public static final Column PRACTICE = new Column("c.practice(\"$param\");", "Practice");
    public static final Column REQUIRED = new Column("c.required(\"$param\");", "Required value");
    public static final Column REMEDIATION = new Column("c.remediation(\"$param\");", "Remediation");
    public static final Column EFFORT = new Column("c.effort(\"$param\");", "Effort");
    public static final Column POINTS = new Column("c.points(\"$param\");", "Points");
    public static final Column NEEDS_EVIDENCE = new Column("c.needsEvidence(\"$param\");", "Needs evidence");
    public static final Column NEEDS_CONFIRMATION = new Column("c.needsConfirmation(\"$param\");",
            "Needs confirmation");
    public static final Column STALE_BLOCKS = new Column("c.staleBlocks(\"$param\");", "Stale blocks");
    public static final Column MAY_BE_NOT_APPLICABLE = new Column("c.mayBeNotApplicable(\"$param\");",
            "May be not applicable");
    public static final Column APPLIES_WHEN = new Column("c.appliesWhen(\"$param\");", "Applies when");

    /** The Model table's columns without a crosswalk. */
    public static final List<Column> MODEL = List.of(MODEL_ID, MODEL_NAME, SOURCE, KIND);
    /** The Levels table's columns: model, level, name. */
    public static final List<Column> LEVELS = List.of(LEVEL_MODEL, LEVEL, LEVEL_NAME);
    /** The Dimensions table's columns: model, dimension. */
    public static final List<Column> DIMENSIONS = List.of(DIMENSION_MODEL, DIMENSION);
    /** A gated Criteria table's required columns. */
    public static final List<Column> CRITERIA = List.of(CRITERION_ID, CRITERION_MODEL, CRITERION_LEVEL,
            CRITERION_DIMENSION, TEXT, PRACTICE, REQUIRED, REMEDIATION, EFFORT);

    private final List<List<String>> rows = new ArrayList<>();

    private TableGrid() {
    }

    /** A grid starting with its RuleSet row and these settings rows (e.g. an Import row), then an empty row. */
    public static TableGrid ruleSet(String name, List<String>... settings) {
        TableGrid grid = new TableGrid().row("RuleSet", name);
        for (List<String> setting : settings) {
            grid.rows.add(setting);
        }
        grid.rows.add(List.of());
        return grid;
    }

    /** A RuleTable: header, keywords, the empty row, the code and label rows, the data and the empty row after it. */
    public TableGrid table(String name, List<Column> columns, List<List<String>> data) {
        rows.add(List.of("RuleTable " + name));
        rows.add(Collections.nCopies(columns.size(), "ACTION"));
        rows.add(List.of());
        rows.add(columns.stream().map(Column::code).toList());
        rows.add(columns.stream().map(Column::label).toList());
        rows.addAll(data);
        rows.add(List.of());
        return this;
    }

    /** One row of cells as they are. */
    public TableGrid row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    /** The rows, a mutable copy (the empty row after the last table left out, as a table ends the file). */
    public List<List<String>> rows() {
        List<List<String>> copy = new ArrayList<>(rows);
        if (!copy.isEmpty() && copy.get(copy.size() - 1).isEmpty()) {
            copy.remove(copy.size() - 1);
        }
        return copy;
    }

    /** The grid as CSV: a cell with a comma or a quote is quoted, its quotes doubled. */
    public String csv() {
        return csv(rows());
    }

    /** These rows as CSV. */
    public static String csv(List<List<String>> rows) {
        return rows.stream().map(row -> row.stream().map(TableGrid::quoted).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
