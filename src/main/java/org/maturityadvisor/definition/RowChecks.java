package org.maturityadvisor.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks of single table cells, collecting every problem with its sheet row so all are reported at once. */
final class RowChecks {

    private final List<RuleSetProblem> problems = new ArrayList<>();

    List<RuleSetProblem> problems() {
        return problems;
    }

    boolean required(SourceRow source, String column, String value) {
        if (value == null || value.isBlank()) {
            problem(FindingKind.BLANK_CELL, source, column + " is blank; every cell of a row must be filled in");
            return false;
        }
        return true;
    }

    Optional<Integer> integer(SourceRow source, String column, String text, int min) {
        if (!required(source, column, text)) {
            return Optional.empty();
        }
        Optional<Integer> number = parseInteger(text).filter(n -> n >= min);
        if (number.isEmpty()) {
            problem(FindingKind.BAD_VALUE, source, column + " \"" + text + "\" is not a whole number of at least "
                    + "" + min);
        }
        return number;
    }

    /** A whole number as a cell holds it; spreadsheets store numbers as decimals, so "2.0" is 2. */
    static Optional<Integer> parseInteger(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim().replaceFirst("\\.0$", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Double> parseNumber(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    void problem(FindingKind kind, SourceRow source, String message) {
        problems.add(new RuleSetProblem(kind, source.file(), "row " + source.row(), message));
    }

    void problem(FindingKind kind, String where, String message) {
        problems.add(new RuleSetProblem(kind, where, "", message));
    }
}
