package org.maturityadvisor.ruleset;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The closed vocabulary of table columns. A table keeps the Drools decision-table layout analysts know: a RuleTable
 * header, a keyword row, a code row and a label row above the data. The code row is never compiled: it only says which
 * field each column holds, and it must be one of the snippets below, exactly. Each column has the name the definition
 * checks use in their messages (so a message leads back to its cell), how its cells are checked before those checks,
 * and the most characters a cell may hold (what storage and the reports can keep).
 */
enum TableColumn {

    MODEL_ID(Table.MODEL, "ModelRow m = ModelRow.id(\"$param\"); insert(m);", "Model id", Kind.ID, Limits.MODEL_ID),
    MODEL_NAME(Table.MODEL, "m.name(\"$param\");", "Model name", Kind.VALUE, Limits.NAME),
    MODEL_SOURCE(Table.MODEL, "m.source(\"$param\");", "Source", Kind.VALUE, Limits.TEXT),
    MODEL_KIND(Table.MODEL, "m.kind(\"$param\");", "Kind", Kind.VALUE, Limits.NAME),
    MODEL_CROSSWALK(Table.MODEL, "m.crosswalk(\"$param\");", "Crosswalk", Kind.ID, Limits.MODEL_ID),

    LEVEL_MODEL(Table.LEVELS, "LevelRow l = LevelRow.model(\"$param\"); insert(l);", "Model", Kind.ID,
            Limits.MODEL_ID),
    LEVEL_NUMBER(Table.LEVELS, "l.level(\"$param\");", "Level", Kind.VALUE, Limits.NUMBER),
    LEVEL_NAME(Table.LEVELS, "l.name(\"$param\");", "Level name", Kind.VALUE, Limits.NAME),
    LEVEL_DESCRIPTION(Table.LEVELS, "l.description(\"$param\");", "Description", Kind.VALUE, Limits.TEXT),
    LEVEL_SCORE_ABOVE(Table.LEVELS, "l.scoreAbove(\"$param\");", "Score above", Kind.VALUE, Limits.NUMBER),
    LEVEL_LINES_UP_WITH(Table.LEVELS, "l.linesUpWith(\"$param\");", "Lines up with", Kind.VALUE, Limits.NUMBER),

    DIMENSION_MODEL(Table.DIMENSIONS, "DimensionRow d = DimensionRow.model(\"$param\"); insert(d);", "Model",
            Kind.ID, Limits.MODEL_ID),
    DIMENSION_NAME(Table.DIMENSIONS, "d.name(\"$param\");", "Dimension", Kind.VALUE, Limits.DIMENSION),
    DIMENSION_ROLE(Table.DIMENSIONS, "d.role(\"$param\");", "Role", Kind.VALUE, Limits.NAME),

    CRITERION_ID(Table.CRITERIA, "CriterionRow c = CriterionRow.id(\"$param\"); insert(c);", "Criterion id",
            Kind.ID, Limits.CRITERION_ID),
    CRITERION_MODEL(Table.CRITERIA, "c.model(\"$param\");", "Model", Kind.ID, Limits.MODEL_ID),
    CRITERION_LEVEL(Table.CRITERIA, "c.level(\"$param\");", "Level", Kind.VALUE, Limits.NUMBER),
    CRITERION_DIMENSION(Table.CRITERIA, "c.dimension(\"$param\");", "Dimension", Kind.VALUE, Limits.DIMENSION),
    CRITERION_TEXT(Table.CRITERIA, "c.text(\"$param\");", "Criterion", Kind.VALUE, Limits.TEXT),
    CRITERION_PRACTICE(Table.CRITERIA, "c.practice(\"$param\");", "Practice", Kind.VALUE, Limits.CRITERION_ID),
    CRITERION_REQUIRED(Table.CRITERIA, "c.required(\"$param\");", "Required value", Kind.VALUE, Limits.NAME),
    CRITERION_REMEDIATION(Table.CRITERIA, "c.remediation(\"$param\");", "Remediation", Kind.VALUE, Limits.TEXT),
    CRITERION_EFFORT(Table.CRITERIA, "c.effort(\"$param\");", "Effort", Kind.VALUE, Limits.NAME),
    CRITERION_POINTS(Table.CRITERIA, "c.points(\"$param\");", "Points", Kind.VALUE, Limits.NAME),
    CRITERION_NEEDS_EVIDENCE(Table.CRITERIA, "c.needsEvidence(\"$param\");", "Needs evidence", Kind.VALUE,
            Limits.NUMBER),
    CRITERION_NEEDS_CONFIRMATION(Table.CRITERIA, "c.needsConfirmation(\"$param\");", "Needs confirmation",
            Kind.VALUE, Limits.NUMBER),
    CRITERION_STALE_BLOCKS(Table.CRITERIA, "c.staleBlocks(\"$param\");", "Stale blocks", Kind.VALUE, Limits.NUMBER),
    CRITERION_MAY_BE_NOT_APPLICABLE(Table.CRITERIA, "c.mayBeNotApplicable(\"$param\");", "May be not applicable",
            Kind.VALUE, Limits.NUMBER),
    CRITERION_APPLIES_WHEN(Table.CRITERIA, "c.appliesWhen(\"$param\");", "Applies when", Kind.VALUE, Limits.NAME),

    TARGET_ID(Table.TARGET, "TargetRow t = TargetRow.id(\"$param\"); insert(t);", "Rule id", Kind.ID,
            Limits.CRITERION_ID),
    TARGET_MODEL(Table.TARGET, "t.model(\"$param\");", "Model", Kind.ID, Limits.MODEL_ID),
    TARGET_USE_CASES(Table.TARGET, "t.useCases(\"$param\");", "ML use cases", Kind.CONDITION, Limits.NUMBER),
    TARGET_BUSINESS_CRITICAL(Table.TARGET, "t.businessCritical(\"$param\");", "Business-critical", Kind.CONDITION,
            Limits.NUMBER),
    TARGET_IN_PRODUCTION(Table.TARGET, "t.inProduction(\"$param\");", "In production", Kind.CONDITION,
            Limits.NUMBER),
    TARGET_CONTEXT(Table.TARGET, "t.context(\"$param\");", "Context", Kind.VALUE, Limits.NAME),
    TARGET_LEVEL(Table.TARGET, "t.level(\"$param\");", "Target level", Kind.VALUE, Limits.NUMBER),
    TARGET_REASON(Table.TARGET, "t.reason(\"$param\");", "Reason", Kind.VALUE, Limits.TEXT);

    /** The kinds of table, each known by the code of its first column. */
    enum Table {
        MODEL, LEVELS, DIMENSIONS, CRITERIA, TARGET;

        /** The column that starts a table of this kind (its row's id, or the model it belongs to). */
        TableColumn first() {
            return Arrays.stream(TableColumn.values()).filter(column -> column.table == this).findFirst().orElseThrow();
        }

        List<TableColumn> columns() {
            return Arrays.stream(TableColumn.values()).filter(column -> column.table == this).toList();
        }
    }

    /** How a column's cells are checked before the definition checks see them. */
    enum Kind {
        /** An id or a reference to one: lower-case words joined by - or . */
        ID,
        /** A condition on the team: a blank would silently match every team, so it must say {@code any}. */
        CONDITION,
        /** Anything else: checked by the definition checks (numbers, catalog values, efforts, points, text). */
        VALUE
    }

    /**
     * The most characters a cell may hold. Ids, names and level names are stored with every assessment (see the
     * migrations in {@code db/migration}: model varchar(64), criterion varchar(100), level_name varchar(200)); texts
     * are shown in every report, and are held to a paragraph.
     */
    static final class Limits {
        static final int MODEL_ID = 64;
        static final int CRITERION_ID = 100;
        static final int NAME = 200;
        static final int DIMENSION = 100;
        static final int TEXT = 2000;
        static final int NUMBER = 20;

        private Limits() {
        }
    }

    private final Table table;
    private final String code;
    private final String label;
    private final Kind kind;
    private final int maxLength;

    TableColumn(Table table, String code, String label, Kind kind, int maxLength) {
        this.table = table;
        this.code = code;
        this.label = label;
        this.kind = kind;
        this.maxLength = maxLength;
    }

    /** The column a code cell names, compared with runs of spaces made one. */
    static Optional<TableColumn> ofCode(String code) {
        String normalised = normalise(code);
        return Arrays.stream(values()).filter(column -> column.code.equals(normalised)).findFirst();
    }

    private static String normalise(String code) {
        return code.strip().replaceAll("\\s+", " ");
    }

    Table table() {
        return table;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    Kind kind() {
        return kind;
    }

    int maxLength() {
        return maxLength;
    }

    boolean starts() {
        return table.first() == this;
    }
}
