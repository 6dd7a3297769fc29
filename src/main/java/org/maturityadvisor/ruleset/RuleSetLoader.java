package org.maturityadvisor.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.kie.KieRuleCompiler;
import org.maturityadvisor.kie.RuleFile;

/** Reads a rules directory, or a stored version's files, through the one checking reader. */
public final class RuleSetLoader {

    public static final String CATALOG = "practices.csv";

    private RuleSetLoader() {
    }

    /**
     * @throws RuleSetException naming the file and the sheet and cell, row or line of every problem
     */
    public static Advisor load(Path directory) {
        List<RuleFile> files = read(directory);
        startCompiling(files);
        return load(files);
    }

    /**
     * Starts compiling the rule set's DRL (the repository's, never a table's content) in the background while its
     * tables are read and checked; the check then uses that build.
     */
    public static void startCompiling(List<RuleFile> files) {
        KieRuleCompiler.startBuilding(files.stream().filter(f -> f.name().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".drl")).toList());
    }

    /**
     * @throws RuleSetException naming the file and the sheet and cell, row or line of every problem
     */
    public static Advisor load(List<RuleFile> files) {
        ValidationReport report = RuleSetCheck.check(files);
        return report.compiled().orElseThrow(() -> RuleSetException.of(report.findings()));
    }

    /** Every file of the directory, sorted by name; editor lock files and hidden files are not part of a rule set. */
    public static List<RuleFile> read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(FindingKind.MISSING_FILE, directory.toString(), "", "is not a directory; "
                    + "point maturity.rules-dir "
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
}
