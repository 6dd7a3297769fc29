package org.maturityadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.scenario.ScenarioOutcome;
import org.maturityadvisor.scenario.ScenarioRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "test-scenarios", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Runs every scenario against the rules and prints a pass/fail table; "
        + "exits 1 if any fails.")
final class TestScenariosCommand extends AdvisorCommand {

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
            description = "scenarios directory (default: ${DEFAULT-VALUE})")
    Path scenarios;

    @Override
    void checkFiles() {
        InputFiles.readableDirectory(spec, scenarios, "scenarios directory (--scenarios)");
    }

    @Override
    int run(Advisor advisor, PrintWriter out) {
        List<ScenarioOutcome> outcomes = ScenarioRunner.run(advisor, ScenarioFiles.read(scenarios));
        out.println("Rule set " + advisor.version() + ", " + outcomes.size() + " scenarios from " + scenarios);
        out.printf("%-6s %-44s %s%n", "RESULT", "SCENARIO", "DETAILS");
        for (ScenarioOutcome outcome : outcomes) {
            out.printf("%-6s %-44s %s%n", outcome.passed() ? "PASS" : "FAIL", outcome.file(),
                    outcome.passed() ? "" : String.join("; ", outcome.failures()));
        }
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 ? 0 : Cli.SCENARIO_FAILED;
    }
}
