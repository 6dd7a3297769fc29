package org.maturityadvisor.ruleset;

import java.util.List;
import java.util.Map;

import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.Severity;
import org.maturityadvisor.scan.Detectors;

/**
 * What a scan needs of a rule set, and no more: its version (the hash of all its files, as for the whole rule set),
 * its practice catalog and its detectors, each checked cell by cell. Nothing is compiled, so {@code scan} starts in a
 * fraction of the time a full load takes; {@code validate} (and every service path) checks the whole rule set.
 */
public record ScanRules(String version, PracticeCatalog catalog, Detectors detectors) {

    /**
     * @throws RuleSetException naming the line and column of every problem of the catalog or the detector table
     */
    public static ScanRules read(List<RuleFile> files) {
        try {
            return checked(files);
        } catch (RuleSetException e) {
            // the same findings, at the same cells, as the whole rule set's check gives
            ProblemCells cells = new ProblemCells(new TableRows(TableLimits.DEFAULTS), Map.of());
            throw RuleSetException.of(e.problems().stream().map(problem -> cells.of(problem, Severity.ERROR))
                    .toList());
        }
    }

    private static ScanRules checked(List<RuleFile> files) {
        RuleFile catalogFile = files.stream().filter(file -> file.name().equals(RuleSetLoader.CATALOG)).findFirst()
                .orElseThrow(() -> new RuleSetException(FindingKind.MISSING_FILE, RuleSetLoader.CATALOG, "",
                        "is missing: the practice catalog is required"));
        PracticeCatalog catalog = CatalogReader.read(catalogFile);
        return new ScanRules(RuleSetVersion.of(files), catalog, DetectorReader.of(files, catalog));
    }

    /** The scan rules of a loaded rule set (already checked with the whole of it). */
    public static ScanRules of(LoadedRuleSet rules) {
        return new ScanRules(rules.version(), rules.advisor().catalog(), rules.detectors());
    }
}
