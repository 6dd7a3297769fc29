package org.maturityadvisor.teams;

/**
 * Spreadsheet-safe CSV cells (OWASP, CSV injection). A cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return could run as a formula when the export is opened in Excel or Calc; the export puts a
 * single quote before it, which spreadsheets show as text. So that the import reads the export back to the same value,
 * a leading single quote is an escape: the export also doubles a value's own leading quote, and the import drops one
 * leading quote from every cell. Rule for hand-written files: a cell whose value really starts with {@code '} is
 * written with two.
 */
final class CsvCells {

    static final char ESCAPE = '\'';

    private CsvCells() {
    }

    /** The cell as exported: a quote first when it starts with a formula character or with a quote. */
    static String neutralise(String value) {
        return value.isEmpty() || !needsEscape(value.charAt(0)) ? value : ESCAPE + value;
    }

    /** The value of a cell as imported: one leading quote dropped. */
    static String restore(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == ESCAPE ? cell.substring(1) : cell;
    }

    private static boolean needsEscape(char first) {
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', ESCAPE -> true;
            default -> false;
        };
    }
}
