package org.maturityadvisor.definition;

/**
 * One thing a validation found in a draft rule set, placed as precisely as it can be: the file, the sheet of a
 * spreadsheet, the 1-based row (a line for CSV and DRL files), the column letter and the cell (e.g. {@code C12}).
 * Any of sheet, row, column and cell is null when the finding is about something larger (a whole file or model).
 * {@code kind} is set where the finding is made; its id is the finding's rule id in SARIF.
 */
public record Finding(FindingKind kind, String file, String sheet, Integer row, String column, String cell,
                      Severity severity, String message) {

    public static Finding error(FindingKind kind, String file, String message) {
        return new Finding(kind, file, null, null, null, null, Severity.ERROR, message);
    }

    /** A finding about one cell; {@code row} and {@code column} are 0-based, as spreadsheet parsers count. */
    public static Finding atCell(FindingKind kind, String file, String sheet, int row, int column, Severity severity,
                                 String message) {
        String letter = columnLetter(column);
        return new Finding(kind, file, sheet, row + 1, letter, letter + (row + 1), severity, message);
    }

    /** A finding about a whole 1-based row. */
    public static Finding atRow(FindingKind kind, String file, String sheet, int row, Severity severity,
                                String message) {
        return new Finding(kind, file, sheet, row, null, null, severity, message);
    }

    /** Whether this finding refuses the draft (an error) rather than only pointing something out. */
    public boolean refuses() {
        return severity == Severity.ERROR;
    }

    /** A, B, ..., Z, AA, AB, ... for a 0-based column index. */
    public static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The finding as a sentence: where, then what ({@code practices.csv, line 4: ...}). Never the record's toString. */
    public String sentence() {
        return where() + ": " + message;
    }

    /**
     * Where, as an analyst reads it: {@code microsoft-mlops.drl.xlsx, sheet "Microsoft MLOps", cell C12}; in a CSV
     * file, line and column as a text editor counts them ({@code ladder.drl.csv, line 12, column 3}), never a
     * spreadsheet cell.
     */
    public String where() {
        StringBuilder where = new StringBuilder(file);
        if (isCsv(file)) {
            if (row != null) {
                where.append(", line ").append(row);
            }
            if (row != null && column != null) {
                where.append(", column ").append(columnNumber(column));
            }
            return where.toString();
        }
        if (sheet != null) {
            where.append(", sheet \"").append(sheet).append('"');
        }
        if (cell != null) {
            where.append(", cell ").append(cell);
        } else if (row != null) {
            where.append(file.endsWith(".drl") ? ", line " : ", row ").append(row);
        }
        return where.toString();
    }

    /** Whether a file is a CSV table or list, whose positions are lines and columns. */
    public static boolean isCsv(String file) {
        return file != null && file.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    /** 1 for A, 26 for Z, 27 for AA: the 1-based column of a column letter. */
    public static int columnNumber(String letters) {
        int number = 0;
        for (char letter : letters.toCharArray()) {
            number = number * 26 + (letter - 'A' + 1);
        }
        return number;
    }
}
