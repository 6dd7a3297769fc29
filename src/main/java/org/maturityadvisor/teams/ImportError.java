package org.maturityadvisor.teams;

import org.maturityadvisor.catalog.Echo;

/**
 * One thing wrong with an import: where ({@code field}, e.g. {@code line 7, column release.method (F)}, also split
 * into {@code line} and {@code column}: a CSV header name or a JSON path) and why.
 */
public record ImportError(String field, long line, String column, String reason) {

    /** field and column may hold a header the caller wrote, reason a value: each cut to a bounded length. */
    public ImportError {
        field = cut(field, 2 * Echo.MAX);
        column = Echo.of(column);
        reason = cut(reason, 3 * Echo.MAX + 400);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "\u2026";
    }

    static ImportError atLine(long line, String reason) {
        return new ImportError("line " + line, line, null, reason);
    }
}
