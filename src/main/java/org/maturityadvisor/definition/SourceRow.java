package org.maturityadvisor.definition;

/**
 * Where a definition came from: a rules file and its spreadsheet row (1-based, as Excel and LibreOffice show), which
 * is a line of a CSV table.
 */
public record SourceRow(String file, int row) {

    /** "row 12" in a spreadsheet, "line 12" in a CSV table: as the analyst's editor counts. */
    public String position() {
        return (Finding.isCsv(file) ? "line " : "row ") + row;
    }

    @Override
    public String toString() {
        return file + " " + position();
    }
}
