package org.maturityadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.scenario.ScenarioOutcome;
import org.maturityadvisor.scenario.ScenarioRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "test-scenarios", description = "Runs every scenario against the rules and prints a pass/fail table; "
        + "exits 1 if any fails.")
final class TestScenariosCommand implements Callable<Integer> {

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
            description = "scenarios directory (default: ${DEFAULT-VALUE})")
    Path scenarios;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Advisor advisor = rules.load();
        List<ScenarioOutcome> outcomes = ScenarioRunner.run(advisor, ScenarioFiles.read(scenarios));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Rule set " + advisor.version() + ", " + outcomes.size() + " scenarios from " + scenarios);
        out.printf("%-6s %-44s %s%n", "RESULT", "SCENARIO", "DETAILS");
        for (ScenarioOutcome outcome : outcomes) {
            out.printf("%-6s %-44s %s%n", outcome.passed() ? "PASS" : "FAIL", outcome.file(),
                    outcome.passed() ? "" : String.join("; ", outcome.failures()));
        }
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? 0 : Cli.SCENARIO_FAILED;
    }
}
