package org.maturityadvisor.coverage;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The rows a draft changes, as the table comparison names them ({@code rows}: file and row, 1-based as the sheet
 * shows it or the CSV line), and the tables it adds whole ({@code addedFiles}: every row of them is new).
 */
public record ChangedRows(Set<Row> rows, Set<String> addedFiles) {

    public record Row(String file, int row) {
    }

    public ChangedRows {
        rows = Set.copyOf(rows);
        addedFiles = Set.copyOf(addedFiles);
    }

    /**
     * A warning per changed row that is a criterion, test, statement or target row no scenario exercises, in file
     * and row order. Levels and sections are not rows with a source of their own here, so they are not warned about.
     */
    public List<CoverageWarning> warnings(ScenarioCoverage coverage) {
        return coverage.items().stream()
                .filter(item -> item.file() != null && item.row() != null && item.uncovered())
                .filter(item -> addedFiles.contains(item.file()) || rows.contains(new Row(item.file(), item.row())))
                .sorted(Comparator.comparing(CoverageItem::file).thenComparing(CoverageItem::row))
                .map(CoverageWarning::of).toList();
    }
}
