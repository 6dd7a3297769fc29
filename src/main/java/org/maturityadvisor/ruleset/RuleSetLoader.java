package org.maturityadvisor.ruleset;

import java.nio.file.Path;
import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.ruleset.RuleFile;

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
        RuleCompiler.installed().startBuilding(files.stream().filter(RuleFile::isDrl).toList());
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
        return RuleFile.readDirectory(directory);
    }
}
