package org.maturityadvisor.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.kie.KieRuleCompiler;
import org.maturityadvisor.kie.RuleFile;

/** Reads, checks and compiles a rules directory. */
public final class RuleSetLoader {

    public static final String CATALOG = "practices.csv";
    private static final List<String> TABLE_SUFFIXES = List.of(".drl.xlsx", ".drl.xls", ".drl.csv");
    private static final List<String> SPREADSHEET_SUFFIXES = List.of(".xlsx", ".xls", ".csv", ".ods", ".xlsm");

    private RuleSetLoader() {
    }

    /**
     * @throws RuleSetException naming the file and the row, cell or line of every problem
     */
    public static Advisor load(Path directory) {
        return load(read(directory));
    }

    public static Advisor load(List<RuleFile> files) {
        List<RuleSetProblem> problems = new ArrayList<>();
        List<RuleFile> tables = new ArrayList<>();
        List<RuleFile> drls = new ArrayList<>();
        RuleFile catalog = null;
        for (RuleFile file : files) {
            String name = file.name().toLowerCase(Locale.ROOT);
            if (file.name().equals(CATALOG)) {
                catalog = file;
            } else if (TABLE_SUFFIXES.stream().anyMatch(name::endsWith)) {
                tables.add(file);
            } else if (name.endsWith(".drl")) {
                drls.add(file);
            } else if (SPREADSHEET_SUFFIXES.stream().anyMatch(name::endsWith)) {
                problems.add(new RuleSetProblem(file.name(), "", "Drools compiles only tables named *.drl.xlsx, "
                        + "*.drl.xls or *.drl.csv and would silently ignore this one; rename it (for example to "
                        + baseName(file.name()) + ".drl.xlsx) or move it out of the rules directory"));
            } else if (!name.endsWith(".md")) {
                problems.add(new RuleSetProblem(file.name(), "", "is not a rules file (expected " + CATALOG
                        + ", *.drl.xlsx, *.drl.csv, *.drl or *.md)"));
            }
        }
        if (catalog == null) {
            problems.add(new RuleSetProblem(CATALOG, "", "is missing: the practice catalog is required"));
        }
        if (tables.isEmpty()) {
            problems.add(new RuleSetProblem("rules/", "", "has no decision table (*.drl.xlsx or *.drl.csv)"));
        }
        RuleSetException.throwIfAny(problems);
        PracticeCatalog practices = CatalogReader.read(catalog);
        KieRuleCompiler.Compiled compiled = KieRuleCompiler.compile(tables, drls, practices);
        return new Advisor(RuleSetVersion.of(files), practices, compiled.definitions(), compiled.engine());
    }

    /** Every file of the directory, sorted by name; editor lock files and hidden files are not part of a rule set. */
    public static List<RuleFile> read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(directory.toString(), "", "is not a directory; point maturity.rules-dir "
                    + "(or --rules) at the rules directory");
        }
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.filter(Files::isRegularFile).filter(RuleSetLoader::isRuleSetFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(RuleSetLoader::readFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static boolean isRuleSetFile(Path path) {
        String name = path.getFileName().toString();
        // ".~lock.x.drl.xlsx#" (LibreOffice) and "~$x.drl.xlsx" (Excel) appear while an analyst has a table open
        return !name.startsWith(".") && !name.startsWith("~$") && !name.endsWith("~");
    }

    private static RuleFile readFile(Path path) {
        try {
            return new RuleFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
