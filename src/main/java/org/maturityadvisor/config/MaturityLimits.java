package org.maturityadvisor.config;

import java.time.Duration;
import java.util.List;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.StrictText;
import org.maturityadvisor.ruleset.TableLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may carry, all under {@code maturity.limits.*}. A request over a size limit is refused with 413
 * before any work; a text field over its limit with 400; each problem names the setting and the field.
 *
 * @param jsonBody   the body of every JSON endpoint (default 1 MiB)
 * @param importBody the body of {@code POST /api/imports} (default 32 MiB)
 * @param uploadBody a draft upload, {@code POST /api/rulesets/drafts} (default 16 MiB; the multipart limits follow it)
 * @param plans      plans per simulation (default 50)
 * @param importRows rows (teams) per import (default 100,000)
 * @param errors     problems listed in one 400, and findings listed in a refused draft (default 100; the total is
 *                   always given)
 * @param tableCells cells of one sheet of an uploaded table, merged ranges counted cell by cell (default 100,000)
 * @param tableRows  data rows of one RuleTable (default 10,000; the shipped tables have fewer than 100)
 * @param tableTime  time to read and check the rows of one draft (default 30 s)
 * @param text       text fields, at most their column's size
 */
@ConfigurationProperties("maturity.limits")
public record MaturityLimits(@DefaultValue("1MB") DataSize jsonBody, @DefaultValue("32MB") DataSize importBody,
                     @DefaultValue("16MB") DataSize uploadBody, @DefaultValue("50") int plans,
                     @DefaultValue("100000") int importRows, @DefaultValue("100") int errors,
                     @DefaultValue("100000") int tableCells, @DefaultValue("10000") int tableRows,
                     @DefaultValue("30s") Duration tableTime, @DefaultValue Text text) {

    public static final String PREFIX = "maturity.limits.";

    public MaturityLimits {
        positive("plans", plans);
        positive("import-rows", importRows);
        positive("errors", errors);
        positive("table-cells", tableCells);
        positive("table-rows", tableRows);
        if (tableTime.isNegative() || tableTime.isZero()) {
            throw new IllegalArgumentException(PREFIX + "table-time must be positive, got " + tableTime);
        }
    }

    /** The table limits, as the ruleset package takes them (it knows nothing of Spring). */
    public TableLimits tables() {
        return new TableLimits(tableCells, tableRows, tableTime);
    }

    /** The defaults, for code that runs without Spring (the CLI, tests). */
    public static MaturityLimits defaults() {
        return new MaturityLimits(DataSize.ofMegabytes(1), DataSize.ofMegabytes(32), DataSize.ofMegabytes(16), 50, 100_000,
                100, TableLimits.DEFAULTS.cells(), TableLimits.DEFAULTS.rows(), TableLimits.DEFAULTS.time(),
                Text.COLUMNS);
    }

    /**
     * Characters per text field; each at most the size of the column that stores it (see the migrations), so a long
     * value is a 400 naming the field, never a failed insert.
     */
    public record Text(@DefaultValue("200") int teamName, @DefaultValue("200") int author,
                       @DefaultValue("2000") int reason, @DefaultValue("2000") int comment) {

        /** varchar(200) and varchar(2000) in V1 and V2. */
        static final int SHORT_COLUMN = 200;
        static final int LONG_COLUMN = 2000;
        static final Text COLUMNS = new Text(SHORT_COLUMN, SHORT_COLUMN, LONG_COLUMN, LONG_COLUMN);

        public Text {
            column("team-name", teamName, SHORT_COLUMN);
            column("author", author, SHORT_COLUMN);
            column("reason", reason, LONG_COLUMN);
            column("comment", comment, LONG_COLUMN);
        }

        /**
         * @throws InvalidInputException naming the field (and the setting) when the value is longer than allowed or
         *                               holds a character {@link StrictText} refuses in it
         */
        public void author(String field, String value) {
            check(field, value, author, "author", StrictText.Field.NAME);
        }

        public void reason(String field, String value) {
            check(field, value, reason, "reason", StrictText.Field.TEXT);
        }

        public void comment(String field, String value) {
            check(field, value, comment, "comment", StrictText.Field.TEXT);
        }

        public void teamName(String field, String value) {
            check(field, value, teamName, "team-name", StrictText.Field.NAME);
        }

        /** The problem with a value's characters ({@link StrictText#refusal}), or null when it has none. */
        public static InputError refused(String field, String value, StrictText.Field kind) {
            return value == null ? null : StrictText.refusal(value, kind).map(why -> new InputError(field, why))
                    .orElse(null);
        }

        /** The problem with a value too long for its field, or null when it fits. */
        public static InputError tooLong(String field, String value, int max, String setting) {
            if (value == null || value.length() <= max) {
                return null;
            }
            return new InputError(field, "at most " + max + " characters (" + PREFIX + "text." + setting + "), got "
                    + value.length() + ": " + Echo.quoted(value));
        }

        private static void check(String field, String value, int max, String setting, StrictText.Field kind) {
            InputError error = tooLong(field, value, max, setting);
            if (error == null) {
                error = refused(field, value, kind);
            }
            if (error != null) {
                // titled for the text read ("Invalid reason"): a reason or a comment is not a team's input
                throw new InvalidInputException(setting.replace('-', ' '), List.of(error));
            }
        }

        private static void column(String name, int value, int column) {
            if (value < 1 || value > column) {
                throw new IllegalArgumentException(PREFIX + "text." + name + " must be 1 to " + column
                        + " (the size of the column that stores it), got " + value);
            }
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(PREFIX + name + " must be 1 or more, got " + value);
        }
    }
}
