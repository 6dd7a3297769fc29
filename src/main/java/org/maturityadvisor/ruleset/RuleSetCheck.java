package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.RuleEngine;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.DefinitionAssembler;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.Severity;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * The one way a rule set is read, on every path (start, deploy, replica sync, a past version, drafts, publish,
 * rollback, watch mode and the CLI): each file read once into typed rows, every cell checked as a value of its
 * column, the rows assembled into checked definitions, and only then the repository's DRL compiled and paired with
 * them. A finding names its file, sheet and cell; any error refuses the whole rule set.
 */
final class RuleSetCheck {

    static final List<String> TABLE_SUFFIXES = List.of(".drl.xlsx", ".drl.xls", ".drl.csv");
    private static final List<String> SPREADSHEET_SUFFIXES = List.of(".xlsx", ".xls", ".csv", ".ods", ".xlsm");

    private final List<Finding> findings = new ArrayList<>();
    private final TableLimits limits;
    private final TableRows rows;
    private final Map<String, String> firstSheets = new HashMap<>();
    private final ProblemCells cells;

    private RuleSetCheck(TableLimits limits) {
        this.limits = limits;
        this.rows = new TableRows(limits);
        this.cells = new ProblemCells(rows, firstSheets);
    }

    /** Every finding, and the rule set ready to assess teams when none of them is an error. */
    static ValidationReport check(List<RuleFile> files) {
        return check(files, TableLimits.DEFAULTS);
    }

    /** As {@link #check(List)}, each table read within {@code limits}. */
    static ValidationReport check(List<RuleFile> files, TableLimits limits) {
        return new RuleSetCheck(limits).run(files);
    }

    private ValidationReport run(List<RuleFile> files) {
        String version = RuleSetVersion.of(files);
        RuleFile catalogFile = null;
        RuleFile detectorFile = null;
        List<RuleFile> drls = new ArrayList<>();
        boolean everyTableRead = true;
        boolean anyTable = false;
        Map<String, String> tablesByName = new HashMap<>();
        for (RuleFile file : files) {
            String name = file.name().toLowerCase(Locale.ROOT);
            String twin = isTable(name) ? tablesByName.putIfAbsent(tableName(name), file.name()) : null;
            if (twin != null) {
                // the same table in two formats: named once with both files, and read once (no echo of every row)
                everyTableRead = false;
                findings.add(Finding.error(FindingKind.DUPLICATE_ID, file.name(), "is defined twice: " + twin
                        + " and " + file.name() + " are the same table in two formats; keep one of the two files"));
            } else if (file.name().equals(RuleSetLoader.CATALOG)) {
                catalogFile = file;
            } else if (file.name().equals(DetectorReader.FILE)) {
                detectorFile = file;
            } else if (isTable(name)) {
                anyTable = true;
                everyTableRead &= table(file);
            } else if (name.endsWith(".drl")) {
                drls.add(file);
            } else if (SPREADSHEET_SUFFIXES.stream().anyMatch(name::endsWith)) {
                findings.add(Finding.error(FindingKind.MISPLACED_FILE, file.name(), "only tables named *.drl.xlsx, "
                        + "*.drl.xls or *.drl.csv are "
                        + "read, so this one would be ignored; rename it (for example to " + baseName(file.name())
                        + ".drl.xlsx) or move it out of the rules directory"));
            } else if (!name.endsWith(".md")) {
                findings.add(Finding.error(FindingKind.MISPLACED_FILE, file.name(), "is not a rules file (expected "
                        + "" + RuleSetLoader.CATALOG
                        + ", " + DetectorReader.FILE + ", *.drl.xlsx, *.drl.csv, *.drl or *.md)"));
            }
        }
        if (catalogFile == null) {
            findings.add(Finding.error(FindingKind.MISSING_FILE, RuleSetLoader.CATALOG, "is missing: the practice "
                    + "catalog is required"));
        }
        if (!anyTable) {
            findings.add(Finding.error(FindingKind.MISSING_FILE, "rules/", "has no table (*.drl.xlsx or *.drl.csv)"));
        }
        findings.addAll(rows.findings);
        PracticeCatalog catalog = catalogFile == null ? null : catalog(catalogFile);
        if (catalog != null && detectorFile != null) {
            detectors(detectorFile, catalog);
        }
        // a table that could not be read leaves models undefined: checking the others would only echo that
        Definitions definitions = catalog != null && everyTableRead && anyTable ? definitions(catalog) : null;
        if (definitions == null || findings.stream().anyMatch(Finding::refuses)) {
            return ValidationReport.refused(version, findings);
        }
        try {
            RuleEngine engine = RuleCompiler.installed().compile(definitions, drls);
            return new ValidationReport(true, version, findings, new Advisor(version, catalog, definitions, engine));
        } catch (RuleSetException e) {
            e.problems().forEach(problem -> findings.add(cells.of(problem, Severity.ERROR)));
            return ValidationReport.refused(version, findings);
        }
    }

    /** Reads one table into rows; false when its layout could not be read. */
    private boolean table(RuleFile file) {
        TableCells.Read read = TableCells.read(file, limits);
        findings.addAll(read.findings());
        if (read.sheets().isEmpty()) {
            return false;
        }
        List<Finding> structure = TableStructure.check(file.name(), read.sheets());
        findings.addAll(structure);
        if (!structure.isEmpty()) {
            return false;
        }
        SheetLayout layout = SheetLayout.of(file.name(), read.sheets().get(0));
        firstSheets.put(file.name(), layout.sheet().name());
        return rows.read(layout);
    }

    /** The detector table, checked cell by cell against the catalog; its problems refuse the rule set. */
    private void detectors(RuleFile file, PracticeCatalog catalog) {
        try {
            DetectorReader.read(file, catalog);
        } catch (RuleSetException e) {
            e.problems().forEach(problem -> findings.add(cells.of(problem, Severity.ERROR)));
        }
    }

    private PracticeCatalog catalog(RuleFile file) {
        try {
            return CatalogReader.read(file);
        } catch (RuleSetException e) {
            e.problems().forEach(problem -> findings.add(cells.of(problem, Severity.ERROR)));
            return null;
        }
    }

    /** The definition checks, run on the typed rows; problems on cells already refused are not repeated. */
    private Definitions definitions(PracticeCatalog catalog) {
        Set<String> flagged = new HashSet<>();
        findings.stream().filter(f -> f.cell() != null).forEach(f -> flagged.add(f.file() + "!" + f.cell()));
        try {
            Definitions definitions = DefinitionAssembler.assemble(rows.rows, catalog);
            findings.addAll(DefinitionChecks.check(definitions, cells, rows));
            return definitions;
        } catch (RuleSetException e) {
            e.problems().stream().map(problem -> cells.of(problem, Severity.ERROR))
                    .filter(f -> f.cell() == null || !flagged.contains(f.file() + "!" + f.cell()))
                    .filter(f -> f.kind() != FindingKind.UNKNOWN_MODEL || !rows.refusedModelIds.contains(f.file()))
                    .forEach(findings::add);
            return null;
        }
    }

    /** A table's name without its format: {@code ladder} for ladder.drl.csv and ladder.drl.xlsx. */
    private static String tableName(String lowerCaseName) {
        return TABLE_SUFFIXES.stream().filter(lowerCaseName::endsWith).findFirst()
                .map(suffix -> lowerCaseName.substring(0, lowerCaseName.length() - suffix.length())).orElseThrow();
    }

    static boolean isTable(String name) {
        return TABLE_SUFFIXES.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith);
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
