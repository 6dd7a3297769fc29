package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.Severity;
import org.maturityadvisor.definition.SourceRow;

/**
 * Checks across rows that the definition checks do not make: two criteria that duplicate each other or where one can
 * never block because another already demands as much (the same practice and dimension, at the same or a lower
 * level, with at least the same required value), a scored model counting one practice twice, and a band whose
 * floor no team can exceed.
 */
final class DefinitionChecks {

    private final ProblemCells cells;
    private final TableRows rows;
    private final List<Finding> findings = new ArrayList<>();

    private DefinitionChecks(ProblemCells cells, TableRows rows) {
        this.cells = cells;
        this.rows = rows;
    }

    static List<Finding> check(Definitions definitions, ProblemCells cells, TableRows rows) {
        DefinitionChecks checks = new DefinitionChecks(cells, rows);
        Set<String> references = new HashSet<>();
        definitions.models().forEach(model -> model.levels().stream().map(Level::alignment).filter(Objects::nonNull)
                .forEach(alignment -> references.add(alignment.model())));
        for (MaturityModel model : definitions.models()) {
            checks.blankOptionalCells(model, references.contains(model.id()));
            if (model.kind() == ModelKind.GATED) {
                checks.overlappingCriteria(model);
            } else {
                checks.practiceScoredTwice(model);
                checks.unreachableBands(model);
            }
        }
        return checks.findings;
    }

    /**
     * Within each practice and dimension, in order of level (then row), a criterion can never block when an earlier
     * one already requires at least as much: each is reported once, against the first that does. Grouped first, so
     * the work grows with the rows, not with their square.
     */
    private void overlappingCriteria(MaturityModel model) {
        Map<String, List<Criterion>> groups = model.criteria().stream().collect(Collectors.groupingBy(
                criterion -> criterion.practice() + "\u0000" + criterion.dimension(), LinkedHashMap::new,
                Collectors.toList()));
        for (List<Criterion> group : groups.values()) {
            List<Criterion> ordered = group.stream().sorted(Comparator.comparingInt(Criterion::level)
                    .thenComparingInt(criterion -> criterion.source().row())).toList();
            TreeMap<Integer, Integer> firstByRank = new TreeMap<>(); // a required rank, and where it first appears
            for (int i = 0; i < ordered.size(); i++) {
                Criterion other = ordered.get(i);
                firstByRank.tailMap(other.requiredRank(), true).values().stream().min(Integer::compare)
                        .ifPresent(kept -> overlap(ordered.get(kept), other));
                firstByRank.putIfAbsent(other.requiredRank(), i);
            }
        }
    }

    private void overlap(Criterion kept, Criterion other) {
        error(FindingKind.OVERLAPPING_CRITERIA, other.source(), "Required value "
                + "\"" + other.required() + "\" of " + other.id()
                + (kept.level() == other.level() && kept.requiredRank() == other.requiredRank()
                ? " duplicates " : " can never block a level: ") + kept.id() + " (row "
                + kept.source().row() + ") already requires " + kept.practice() + " at least "
                + kept.required() + " at level " + kept.level() + " in " + kept.dimension()
                + "; remove one of the two rows or require more at the higher level");
    }

    private void practiceScoredTwice(MaturityModel model) {
        Map<String, List<Criterion>> byPractice = model.criteria().stream()
                .collect(Collectors.groupingBy(Criterion::practice));
        byPractice.values().stream().filter(tests -> tests.size() > 1).forEach(tests -> tests.stream().skip(1)
                .forEach(test -> error(FindingKind.OVERLAPPING_CRITERIA, test.source(), "Practice "
                        + "" + test.practice() + " is already scored by "
                        + tests.get(0).id() + " (row " + tests.get(0).source().row() + "): one answer would earn "
                        + "points twice; remove one of the two rows")));
    }

    private void unreachableBands(MaturityModel model) {
        Map<String, Double> sectionMaxima = model.criteria().stream().collect(Collectors.groupingBy(
                Criterion::dimension, Collectors.summingDouble(Criterion::maxPoints)));
        double best = sectionMaxima.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        for (Level level : model.levels()) {
            SourceRow row = rows.levels.get(model.id() + "#" + level.number());
            if (level.scoreAbove() != null && level.scoreAbove() >= best && row != null) {
                findings.add(cells.ofRow(FindingKind.UNREACHABLE_BAND, row, "Score above " + level.scoreAbove() + " "
                        + "can never be exceeded: the "
                        + "best score model " + model.id() + " allows is " + best + " (full points in its weakest "
                        + "section), so band " + level.number() + " cannot be reached", Severity.WARNING));
            }
        }
    }

    /**
     * The cells a source may leave blank (remediation, effort, level name, description, crosswalk): each a warning
     * at its cell, saying how it is shown. A model no other model lines up with and that lines up with none is not
     * on the crosswalk; the crosswalk's reference model (the one the others name) needs no Crosswalk of its own.
     */
    private void blankOptionalCells(MaturityModel model, boolean reference) {
        SourceRow modelRow = rows.models.get(model.id());
        if (!reference && hasColumn(modelRow, "Crosswalk")
                && model.levels().stream().allMatch(level -> level.alignment() == null)) {
            warning(modelRow, "Crosswalk is blank: model " + model.id() + " is shown as \"not on the crosswalk\"");
        }
        for (Level level : model.levels()) {
            SourceRow row = rows.levels.get(model.id() + "#" + level.number());
            if (row != null && level.name() == null) {
                warning(row, "Level name is blank: level " + level.number() + " is shown as \"not given\"");
            }
            if (hasColumn(row, "Description") && (level.description() == null || level.description().isBlank())) {
                warning(row, "Description is blank: shown as \"not given\"");
            }
        }
        blankColumn(model.criteria().stream().filter(criterion -> criterion.remediation() == null)
                .map(Criterion::source).toList(), "Remediation is blank", "shown as \"not given\"");
        blankColumn(model.criteria().stream().filter(criterion -> !criterion.effort().given())
                .map(Criterion::source).toList(), "Effort is blank", "shown as \"not given\"; plans order it after "
                + "stated efforts");
    }

    /**
     * One warning per column of a model's rows left blank: at the cell when one row leaves it blank, else at the first
     * with every row named (a source with no remediations leaves 50 rows blank, which is one fact, not 50).
     */
    private void blankColumn(List<SourceRow> blank, String what, String shown) {
        if (blank.size() == 1) {
            warning(blank.get(0), what + ": " + shown);
        } else if (!blank.isEmpty()) {
            String unit = Finding.isCsv(blank.get(0).file()) ? "lines " : "rows ";
            warning(blank.get(0), what + " in " + blank.size() + " rows (" + unit
                    + ranges(blank.stream().map(SourceRow::row).toList()) + "): " + shown);
        }
    }

    /** 25, 26, 27, 29 as "25-27, 29". */
    private static String ranges(List<Integer> numbers) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            int start = numbers.get(i);
            while (i + 1 < numbers.size() && numbers.get(i + 1) == numbers.get(i) + 1) {
                i++;
            }
            out.append(out.isEmpty() ? "" : ", ").append(start)
                    .append(start == numbers.get(i) ? "" : "-" + numbers.get(i));
        }
        return out.toString();
    }

    /** Whether the table of this row has the column: a table may leave out an optional column altogether. */
    private boolean hasColumn(SourceRow row, String label) {
        TableRows.RowCells cells = row == null ? null : rows.cells.get(row);
        return cells != null && cells.columns().containsKey(label);
    }

    private void warning(SourceRow source, String message) {
        findings.add(cells.ofRow(FindingKind.BLANK_CELL, source, message, Severity.WARNING));
    }

    private void error(FindingKind kind, SourceRow source, String message) {
        findings.add(cells.ofRow(kind, source, message, Severity.ERROR));
    }
}
