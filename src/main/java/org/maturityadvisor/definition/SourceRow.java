package org.maturityadvisor.definition;

/** Where a definition came from: a rules file and its spreadsheet row (1-based, as Excel and LibreOffice show). */
public record SourceRow(String file, int row) {

    @Override
    public String toString() {
        return file + " row " + row;
    }
}
