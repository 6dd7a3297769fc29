package org.maturityadvisor.cli;

import java.nio.file.Path;
import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.ruleset.ScanRules;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --rules DIR} option every command shares. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "rules directory (default: ${DEFAULT-VALUE})")
    Path directory;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The rules directory; a missing one is bad usage (exit 2), a broken one invalid rules (exit 4). */
    Path directory() {
        return InputFiles.readableDirectory(command, directory, "rules directory (--rules)");
    }

    Advisor load() {
        return RuleSetLoader.load(directory());
    }

    /** The rule set with its detectors ({@code detectors.csv}), for the commands that read a repository. */
    /** Only what a scan needs: the catalog and the detector table, checked; nothing compiled. */
    ScanRules loadForScan() {
        return ScanRules.read(RuleSetLoader.read(directory()));
    }

    LoadedRuleSet loadWithDetectors() {
        List<RuleFile> files = RuleSetLoader.read(directory());
        RuleSetLoader.startCompiling(files);
        return new LoadedRuleSet(files, RuleSetLoader.load(files));
    }
}
