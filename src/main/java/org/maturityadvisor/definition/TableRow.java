package org.maturityadvisor.definition;

/** A data row of a table with the spreadsheet row it came from. */
public record TableRow(DefinitionRow row, SourceRow source) {
}
