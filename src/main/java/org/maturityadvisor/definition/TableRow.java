package org.maturityadvisor.definition;

/** A raw row inserted by a decision table rule, with the spreadsheet row it came from. */
public record TableRow(Object row, SourceRow source) {
}
