package org.maturityadvisor.lifecycle;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maturityadvisor.coverage.ChangedRows;
import org.maturityadvisor.coverage.ScenarioCoverage;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.TableDiff;

/**
 * A draft's coverage with a warning per row it changes (against the version it was drafted on) that no scenario
 * exercises: the rows come from the same cell-by-cell comparison the compare page shows. Warnings never close the
 * gate.
 */
final class DraftCoverage {

    /** How many changed cells are read; a draft changing more is warned about for the first ones only. */
    static final int CELLS_READ = 100_000;

    /** The row of a cell reference ({@code F46}) or a CSV position ({@code line 12}, {@code line 12, column 3}). */
    private static final Pattern ROW = Pattern.compile("^(?:[A-Z]+(\\d+)|line (\\d+).*)$");

    private DraftCoverage() {
    }

    static ScenarioCoverage withWarnings(ScenarioCoverage coverage, List<RuleFile> base, List<RuleFile> draft) {
        return coverage.withWarnings(changedRows(TableDiff.between(base, draft, CELLS_READ)).warnings(coverage));
    }

    static ChangedRows changedRows(TableDiff.Result diff) {
        Set<ChangedRows.Row> rows = new HashSet<>();
        for (TableDiff.CellChange cell : diff.cells()) {
            Matcher where = cell.where() == null ? null : ROW.matcher(cell.where());
            if (where != null && where.matches()) {
                String row = where.group(1) != null ? where.group(1) : where.group(2);
                rows.add(new ChangedRows.Row(cell.file(), Integer.parseInt(row)));
            }
        }
        Set<String> added = new HashSet<>();
        diff.files().stream().filter(file -> file.change() == TableDiff.Change.ADDED)
                .forEach(file -> added.add(file.file()));
        return new ChangedRows(rows, added);
    }
}
