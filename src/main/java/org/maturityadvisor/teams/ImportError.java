package org.maturityadvisor.teams;

/**
 * One thing wrong with an import: where ({@code field}, e.g. {@code line 7, column release.method (F)}, also split
 * into {@code line} and {@code column}: a CSV header name or a JSON path) and why.
 */
public record ImportError(String field, long line, String column, String reason) {

    static ImportError atLine(long line, String reason) {
        return new ImportError("line " + line, line, null, reason);
    }
}
