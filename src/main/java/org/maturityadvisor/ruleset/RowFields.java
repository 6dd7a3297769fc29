package org.maturityadvisor.ruleset;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.maturityadvisor.definition.CriterionRow;
import org.maturityadvisor.definition.LevelRow;
import org.maturityadvisor.definition.ModelRow;
import org.maturityadvisor.definition.TargetRow;

/**
 * What the statements of the tables' code rows do, so that a table's data rows can be read in plain Java before any
 * of it reaches the Drools compiler: {@code CriterionRow c = CriterionRow.id("$param")} makes a row,
 * {@code c.practice("$param")} sets a field. Each field has the name the definition checks use in their messages
 * ({@code Practice "x" is not in the practice catalog}), which leads a message back to its column.
 */
final class RowFields {

    /** A field of a raw table row: its setter and the column name the definition checks report it under. */
    record Field(String label, BiConsumer<Object, String> setter, Kind kind) {
    }

    /** How a field's cells are checked before the definition checks see them. */
    enum Kind {
        /** An id or a reference to one: lower-case words joined by - or . */
        ID,
        /** A condition on the team: a blank would silently match every team, so it must say {@code any}. */
        CONDITION,
        /** Anything else: checked by the definition checks (numbers, catalog values, efforts, points, text). */
        VALUE
    }

    private static final Map<String, Function<String, Object>> FACTORIES = Map.of(
            "ModelRow.id", ModelRow::id, "LevelRow.model", LevelRow::model, "CriterionRow.id", CriterionRow::id,
            "TargetRow.id", TargetRow::id);

    private static final Map<String, String> FACTORY_LABELS = Map.of(
            "ModelRow.id", "Model id", "LevelRow.model", "Model", "CriterionRow.id", "Criterion id",
            "TargetRow.id", "Rule id");

    private static final Map<String, Field> FIELDS = Map.ofEntries(
            field("ModelRow.name", "Model name", ModelRow.class, ModelRow::name, Kind.VALUE),
            field("ModelRow.source", "Source", ModelRow.class, ModelRow::source, Kind.VALUE),
            field("ModelRow.kind", "Kind", ModelRow.class, ModelRow::kind, Kind.VALUE),
            field("ModelRow.crosswalk", "Crosswalk", ModelRow.class, ModelRow::crosswalk, Kind.ID),
            field("LevelRow.level", "Level", LevelRow.class, LevelRow::level, Kind.VALUE),
            field("LevelRow.name", "Level name", LevelRow.class, LevelRow::name, Kind.VALUE),
            field("LevelRow.description", "Description", LevelRow.class, LevelRow::description, Kind.VALUE),
            field("LevelRow.scoreAbove", "Score above", LevelRow.class, LevelRow::scoreAbove, Kind.VALUE),
            field("LevelRow.linesUpWith", "Lines up with", LevelRow.class, LevelRow::linesUpWith, Kind.VALUE),
            field("CriterionRow.model", "Model", CriterionRow.class, CriterionRow::model, Kind.ID),
            field("CriterionRow.level", "Level", CriterionRow.class, CriterionRow::level, Kind.VALUE),
            field("CriterionRow.dimension", "Dimension", CriterionRow.class, CriterionRow::dimension, Kind.VALUE),
            field("CriterionRow.text", "Criterion", CriterionRow.class, CriterionRow::text, Kind.VALUE),
            field("CriterionRow.practice", "Practice", CriterionRow.class, CriterionRow::practice, Kind.VALUE),
            field("CriterionRow.required", "Required value", CriterionRow.class, CriterionRow::required, Kind.VALUE),
            field("CriterionRow.remediation", "Remediation", CriterionRow.class, CriterionRow::remediation,
                    Kind.VALUE),
            field("CriterionRow.effort", "Effort", CriterionRow.class, CriterionRow::effort, Kind.VALUE),
            field("CriterionRow.points", "Points", CriterionRow.class, CriterionRow::points, Kind.VALUE),
            field("TargetRow.model", "Model", TargetRow.class, TargetRow::model, Kind.ID),
            field("TargetRow.useCases", "ML use cases", TargetRow.class, TargetRow::useCases, Kind.CONDITION),
            field("TargetRow.businessCritical", "Business-critical", TargetRow.class, TargetRow::businessCritical,
                    Kind.CONDITION),
            field("TargetRow.inProduction", "In production", TargetRow.class, TargetRow::inProduction,
                    Kind.CONDITION),
            field("TargetRow.level", "Target level", TargetRow.class, TargetRow::level, Kind.VALUE),
            field("TargetRow.reason", "Reason", TargetRow.class, TargetRow::reason, Kind.VALUE));

    private RowFields() {
    }

    /** The row a first column's factory makes, e.g. {@code CriterionRow.id}. */
    static Optional<Function<String, Object>> factory(String type, String method) {
        return Optional.ofNullable(FACTORIES.get(type + "." + method));
    }

    static String factoryLabel(String type, String method) {
        return FACTORY_LABELS.get(type + "." + method);
    }

    static Optional<Field> field(String type, String method) {
        return Optional.ofNullable(FIELDS.get(type + "." + method));
    }

    private static <T> Map.Entry<String, Field> field(String name, String label, Class<T> type,
                                                      BiConsumer<T, String> setter, Kind kind) {
        return Map.entry(name, new Field(label, (row, value) -> setter.accept(type.cast(row), value), kind));
    }
}
