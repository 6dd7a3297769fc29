package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.DefinitionAssembler;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.Severity;
import org.maturityadvisor.kie.RuleFile;
import org.maturityadvisor.kie.TableCells;

/**
 * Validates a draft rule set against a template (the active rule set) for analysts who upload tables. Every cell of
 * every table is checked before anything reaches the Drools compiler: code rows must be the template's, data cells
 * values of their column, text free of characters that could break out of the generated code, and the rows must
 * make valid models (the same checks as at load, plus overlaps and unreachable bands). Only a draft that passes all
 * of that is compiled, once; its compile errors are led back to their cell too.
 */
public final class RuleSetValidator {

    private static final Set<String> TABLE_SUFFIXES = Set.of(".drl.xlsx", ".drl.xls", ".drl.csv");

    private RuleSetValidator() {
    }

    /** Validates the files of an upload, refusing it outright when the upload itself was refused. */
    public static ValidationReport validate(DraftFiles.Draft draft, List<RuleFile> template) {
        if (draft.findings().stream().anyMatch(Finding::refuses)) {
            return ValidationReport.refused(RuleSetVersion.of(draft.files()), draft.findings());
        }
        return validate(draft.files(), template);
    }

    /**
     * @param draft    every file of the draft rule set (as {@link RuleSetLoader#read} returns a directory)
     * @param template every file of the active rule set, whose code rows and DRL the draft must keep
     */
    public static ValidationReport validate(List<RuleFile> draft, List<RuleFile> template) {
        String version = RuleSetVersion.of(draft);
        List<Finding> findings = new ArrayList<>(DraftFiles.checkAgainst(draft, template));
        Map<String, RuleFile> byName = draft.stream().collect(Collectors.toMap(RuleFile::name, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
        TemplateTables templateTables = TemplateTables.of(template);
        TableRows rows = new TableRows();
        Map<String, String> firstSheets = new HashMap<>();
        Map<String, String> packages = new HashMap<>();
        for (RuleFile file : byName.values()) {
            if (isTable(file.name())) {
                table(file, templateTables, rows, firstSheets, packages, findings);
            }
        }
        // a table that could not be read leaves models undefined: checking the others would only echo that
        boolean everyTableRead = findings.stream().noneMatch(Finding::refuses);
        findings.addAll(rows.findings);
        ProblemCells cells = new ProblemCells(rows, firstSheets);
        PracticeCatalog catalog = catalog(byName.get(RuleSetLoader.CATALOG), cells, findings);
        if (catalog != null && everyTableRead) {
            definitions(rows, catalog, cells, findings);
        }
        if (findings.stream().anyMatch(Finding::refuses)) {
            return ValidationReport.refused(version, findings);
        }
        try {
            Advisor advisor = RuleSetLoader.load(draft);
            return new ValidationReport(true, version, findings, advisor);
        } catch (RuleSetException e) {
            e.problems().forEach(problem -> findings.add(cells.of(problem, Severity.ERROR)));
            return ValidationReport.refused(version, findings);
        }
    }

    private static void table(RuleFile file, TemplateTables template, TableRows rows, Map<String, String> firstSheets,
                              Map<String, String> packages, List<Finding> findings) {
        SheetLayout namesake = template.layouts().get(file.name());
        SheetLayout layout;
        if (namesake != null && Arrays.equals(template.contents().get(file.name()), file.content())) {
            layout = namesake; // unchanged: its code rows are the template's, and it was read once already
        } else {
            List<TableCells.Sheet> sheets;
            try {
                sheets = TableCells.read(file);
            } catch (RuleSetException e) {
                e.problems().forEach(problem -> findings.add(Finding.error(file.name(), problem.message())));
                return;
            }
            layout = SheetLayout.of(file.name(), sheets.get(0));
            List<Finding> structure = new ArrayList<>(TableStructure.check(file.name(), sheets));
            structure.addAll(namesake != null ? CodeRows.sameAs(layout, namesake)
                    : CodeRows.builtFrom(layout, template.parts()));
            findings.addAll(structure);
            if (!structure.isEmpty()) {
                return;
            }
        }
        firstSheets.put(file.name(), layout.sheet().name());
        CodeRows.setting(layout, "RuleSet").ifPresent(pkg -> {
            String other = packages.putIfAbsent(pkg, file.name());
            if (other != null) {
                findings.add(Finding.error(file.name(), "its RuleSet " + pkg + " is already the package of " + other
                        + "; every table needs its own (org.maturityadvisor.rules.<model>)"));
            }
        });
        rows.read(layout);
    }

    private static PracticeCatalog catalog(RuleFile file, ProblemCells cells, List<Finding> findings) {
        if (file == null) {
            return null;
        }
        try {
            return CatalogReader.read(file);
        } catch (RuleSetException e) {
            e.problems().forEach(problem -> findings.add(cells.of(problem, Severity.ERROR)));
            return null;
        }
    }

    /** The load's definition checks, run on the rows read in plain Java; problems on refused cells are not repeated. */
    private static void definitions(TableRows rows, PracticeCatalog catalog, ProblemCells cells,
                                    List<Finding> findings) {
        Set<String> flagged = new HashSet<>();
        findings.stream().filter(f -> f.cell() != null).forEach(f -> flagged.add(f.file() + "!" + f.cell()));
        try {
            Definitions definitions = DefinitionAssembler.assemble(rows.rows, catalog);
            findings.addAll(DefinitionChecks.check(definitions, cells, rows));
        } catch (RuleSetException e) {
            e.problems().stream().map(problem -> cells.of(problem, Severity.ERROR))
                    .filter(f -> f.cell() == null || !flagged.contains(f.file() + "!" + f.cell()))
                    .forEach(findings::add);
        }
    }

    static boolean isTable(String name) {
        return TABLE_SUFFIXES.stream().anyMatch(name.toLowerCase(java.util.Locale.ROOT)::endsWith);
    }

    /** The template's tables as layouts, read once per template version. */
    record TemplateTables(Map<String, SheetLayout> layouts, Map<String, byte[]> contents, CodeRows.Parts parts) {

        private static final Map<String, TemplateTables> CACHE = new LinkedHashMap<>(4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TemplateTables> eldest) {
                return size() > 4;
            }
        };

        static TemplateTables of(List<RuleFile> template) {
            String version = RuleSetVersion.of(template);
            synchronized (CACHE) {
                TemplateTables cached = CACHE.get(version);
                if (cached != null) {
                    return cached;
                }
            }
            Map<String, SheetLayout> layouts = new HashMap<>();
            Map<String, byte[]> contents = new HashMap<>();
            template.stream().filter(file -> isTable(file.name())).forEach(file -> {
                layouts.put(file.name(), SheetLayout.of(file.name(), TableCells.read(file).get(0)));
                contents.put(file.name(), file.content());
            });
            TemplateTables tables = new TemplateTables(Map.copyOf(layouts), Map.copyOf(contents),
                    CodeRows.Parts.of(List.copyOf(layouts.values())));
            synchronized (CACHE) {
                CACHE.put(version, tables);
            }
            return tables;
        }
    }
}
