package org.maturityadvisor.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.maturityadvisor.catalog.Practice;

/**
 * Reads a scored test's Points cell, {@code manual: 0.5, automated: 1}: the points each answer earns, as values of
 * the test's practice. An answer the cell does not name earns 0. Points may not fall as the answer rises (a better
 * practice never scores less), and some answer must earn points.
 */
final class ScoringCell {

    private ScoringCell() {
    }

    /** The points by answer rank, or empty after reporting what is wrong with the cell. */
    static Optional<List<Double>> parse(String cell, Practice practice, SourceRow source, RowChecks checks) {
        if (!checks.required(source, "Points", cell)) {
            return Optional.empty();
        }
        List<Double> points = new ArrayList<>(Collections.nCopies(practice.choices().size(), 0.0));
        List<String> errors = new ArrayList<>();
        for (String entry : cell.split(",")) {
            String[] parts = entry.split(":", -1);
            Optional<Integer> rank = parts.length == 2 ? practice.rankOf(parts[0].trim()) : Optional.empty();
            Optional<Double> value = parts.length == 2 ? RowChecks.parseNumber(parts[1]) : Optional.empty();
            if (parts.length != 2) {
                errors.add("\"" + entry.trim() + "\" is not answer: points");
            } else if (rank.isEmpty()) {
                errors.add("\"" + parts[0].trim() + "\" is not a value of practice " + practice.id() + " ("
                        + String.join(", ", practice.choices()) + ")");
            } else if (value.isEmpty() || value.get() < 0) {
                errors.add("\"" + parts[1].trim() + "\" is not a number of points (0 or more)");
            } else {
                points.set(rank.get(), value.get());
            }
        }
        for (int rank = 1; errors.isEmpty() && rank < points.size(); rank++) {
            if (points.get(rank) < points.get(rank - 1)) {
                errors.add(practice.choices().get(rank) + " earns fewer points than the lower answer "
                        + practice.choices().get(rank - 1));
            }
        }
        if (errors.isEmpty() && points.stream().allMatch(p -> p == 0)) {
            errors.add("no answer earns points");
        }
        if (!errors.isEmpty()) {
            checks.problem(FindingKind.BAD_VALUE, source, "Points \"" + cell + "\": " + String.join("; ", errors)
                    + ". Write it as answer: points, comma separated, e.g. manual: 0.5, automated: 1");
            return Optional.empty();
        }
        return Optional.of(points);
    }
}
