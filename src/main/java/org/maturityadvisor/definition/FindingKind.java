package org.maturityadvisor.definition;

import org.maturityadvisor.wire.WireId;

/**
 * What kind of problem a validation finding is, with an id that stays the same across releases: SARIF's rule id, so
 * a pipeline can track, suppress or count one kind. A small taxonomy by what an analyst does about it; the message
 * says exactly what is wrong. Renaming an id breaks code-scanning history: add a kind instead.
 */
public enum FindingKind implements WireId {
    UNREADABLE_FILE("unreadable-file", "A file cannot be read (not a spreadsheet, not valid CSV, not a zip)"),
    MISPLACED_FILE("misplaced-file", "A file that is not read, named or placed so it would be ignored or refused"),
    MISSING_FILE("missing-file", "A file the rule set needs is missing"),
    TOO_LARGE("too-large", "A file or upload is larger than the limits allow"),
    LINKED_WORKBOOK("linked-workbook", "A workbook links to another workbook instead of holding its values"),
    FORMULA_CELL("formula-cell", "A cell holds a formula; tables hold typed values, never evaluated"),
    EXTRA_SHEET("extra-sheet", "A sheet after the first, which Drools would ignore"),
    TABLE_LAYOUT("table-layout", "A cell outside the Drools decision-table layout (header, keywords, columns)"),
    CODE_SETTING("code-setting", "A Drools setting that would carry code; tables hold data only"),
    BAD_CODE_ROW("bad-code-row", "A table's code row names a column the rule set's tables do not use"),
    BLANK_CELL("blank-cell", "A cell that must be filled in is blank"),
    CELL_TOO_LONG("cell-too-long", "A cell is longer than its column allows"),
    CONTROL_CHARACTER("control-character", "A cell holds control or invisible characters"),
    BAD_ID("bad-id", "An id is not lower-case words joined by - or ."),
    BAD_VALUE("bad-value", "A cell's value is not one its column accepts"),
    DUPLICATE_ID("duplicate-id", "An id or name is defined twice"),
    UNKNOWN_PRACTICE("unknown-practice", "A practice that is not in the practice catalog"),
    UNKNOWN_MODEL("unknown-model", "A model that no Model table defines"),
    UNKNOWN_LEVEL("unknown-level", "A level that its model does not have"),
    UNDECLARED_DIMENSION("undeclared-dimension", "A dimension that its model does not declare"),
    MODEL_STRUCTURE("model-structure", "A model's levels, bands or criteria do not form a complete model"),
    CROSSWALK("crosswalk", "A crosswalk between models that does not line up"),
    OVERLAPPING_CRITERIA("overlapping-criteria", "Criteria that duplicate each other or one that can never block"),
    UNREACHABLE_BAND("unreachable-band", "A scored band whose floor no team can exceed"),
    TARGET_TABLE("target-table", "A target table whose rows cannot all apply or do not cover every team"),
    CATALOG_LAYOUT("catalog-layout", "The practice catalog's header or columns are not the expected ones"),
    DETECTOR_LAYOUT("detector-layout", "The detector table's header or columns are not the expected ones"),
    BAD_PATTERN("bad-pattern", "A detector's path glob or content pattern cannot be read, or would match every file"),
    DRL_ERROR("drl-error", "The DRL does not compile, has no rules or a rule outside the phases"),
    UNEXPLAINED_TEAM("unexplained-team", "The rules cannot explain a team that answered nothing");

    private final String id;
    private final String description;

    FindingKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable id, e.g. {@code formula-cell}. */
    @Override
    public String id() {
        return id;
    }

    /** One sentence on what this kind of finding means. */
    public String description() {
        return description;
    }
}
