package org.maturityadvisor.ruleset;

import java.nio.file.Path;
import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * A compiled rule set together with the files it was compiled from, so it can be stored, listed and downloaded, and the
 * detectors its {@code detectors.csv} defines (none without one), which scan teams' repositories under this version.
 */
public record LoadedRuleSet(List<RuleFile> files, Advisor advisor, Detectors detectors) {

    public LoadedRuleSet {
        files = List.copyOf(files);
    }

    /** A rule set and its detectors, read from its files (already checked with the rest of the rule set). */
    public LoadedRuleSet(List<RuleFile> files, Advisor advisor) {
        this(files, advisor, DetectorReader.of(files, advisor.catalog()));
    }

    public static LoadedRuleSet load(Path directory) {
        List<RuleFile> files = RuleSetLoader.read(directory);
        return new LoadedRuleSet(files, RuleSetLoader.load(files));
    }

    public static LoadedRuleSet load(List<RuleFile> files) {
        return new LoadedRuleSet(files, RuleSetLoader.load(files));
    }

    public String version() {
        return advisor.version();
    }
}
