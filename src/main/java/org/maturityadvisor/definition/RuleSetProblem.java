package org.maturityadvisor.definition;

/**
 * One thing wrong with the rules: the file, where in it (a spreadsheet row or cell, or a DRL line) and what an
 * analyst should fix; {@code kind} is set where the problem is found and carried into its finding.
 */
public record RuleSetProblem(FindingKind kind, String file, String location, String message) {

    @Override
    public String toString() {
        return location.isEmpty() ? file + ": " + message : file + " " + location + ": " + message;
    }
}
