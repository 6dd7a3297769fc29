package org.maturityadvisor.ruleset;

import java.nio.file.Path;
import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.RuleFile;

/** A compiled rule set together with the files it was compiled from, so it can be stored, listed and downloaded. */
public record LoadedRuleSet(List<RuleFile> files, Advisor advisor) {

    public LoadedRuleSet {
        files = List.copyOf(files);
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
