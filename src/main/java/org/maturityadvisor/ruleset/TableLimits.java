package org.maturityadvisor.ruleset;

import java.time.Duration;

/**
 * How much one uploaded table may make the reader do, so that a small hostile file cannot make a large amount of work:
 * cells per sheet (a merged range counts every cell it covers, and is refused, never filled, when that is too many),
 * data rows per RuleTable, and the time reading and checking the rows of a draft may take. Set by
 * {@code maturity.limits.table-cells}, {@code .table-rows} and {@code .table-time}.
 */
public record TableLimits(int cells, int rows, Duration time) {

    /** Far above the shipped tables (a few hundred cells, fewer than 100 rows a table, well under a second). */
    public static final TableLimits DEFAULTS = new TableLimits(100_000, 10_000, Duration.ofSeconds(30));

    public TableLimits {
        if (cells < 1 || rows < 1 || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("table limits must be positive: " + cells + " cells, " + rows
                    + " rows, " + time);
        }
    }

    /** A limit passed while reading: what it is about (a sheet, a table) and the sentence that says so. */
    static final class Exceeded extends RuntimeException {

        private final String sheet;

        Exceeded(String sheet, String message) {
            super(message, null, false, false);
            this.sheet = sheet;
        }

        String sheet() {
            return sheet;
        }
    }

    /** The refusal of a sheet whose cells pass the limit, naming what made them too many. */
    Exceeded tooManyCells(String sheet, String what) {
        return new Exceeded(sheet, what + "; a sheet may hold at most " + cells + " cells (maturity.limits"
                + ".table-cells)");
    }
}
