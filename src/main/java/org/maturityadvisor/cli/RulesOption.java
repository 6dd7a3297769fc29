package org.maturityadvisor.cli;

import java.nio.file.Path;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.RuleSetLoader;

import picocli.CommandLine.Option;

/** The {@code --rules DIR} option every command shares. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "rules directory (default: ${DEFAULT-VALUE})")
    Path directory;

    Advisor load() {
        return RuleSetLoader.load(directory);
    }
}
