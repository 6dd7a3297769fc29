package org.maturityadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.coverage.CoverageCollector;
import org.maturityadvisor.coverage.CoverageText;
import org.maturityadvisor.coverage.Exercised;
import org.maturityadvisor.coverage.ScenarioCoverage;
import org.maturityadvisor.ruleset.DetectorReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.scenario.JunitXml;
import org.maturityadvisor.scenario.ScanCase;
import org.maturityadvisor.scenario.ScanCaseRunner;
import org.maturityadvisor.scenario.ScanCases;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.scenario.ScenarioOutcome;
import org.maturityadvisor.scenario.ScenarioRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "test-scenarios", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Runs every scenario, and every detector regression case in scans/, against the rules and "
        + "prints a pass/fail table, then the scenarios' coverage: which criteria, tests, statements, levels, "
        + "sections and target rows some scenario exercises as met and as blocking, and which none does; exits 1 if "
        + "any scenario fails (uncovered items never fail the run).")
final class TestScenariosCommand extends AdvisorCommand {

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
            description = "scenarios directory (default: ${DEFAULT-VALUE})")
    Path scenarios;

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "also write JUnit XML to FILE, one testcase per scenario, for CI to show as tests")
    Path junitXml;

    @Option(names = "--coverage-json", paramLabel = "FILE",
            description = "also write the scenarios' coverage to FILE as JSON (the shape of GET "
                    + "/api/rulesets/{version}/coverage)")
    Path coverageJson;

    @Option(names = "--no-coverage", description = "leave the coverage summary out of the printed output")
    boolean noCoverage;

    @Override
    void checkFiles() {
        InputFiles.readableDirectory(spec, scenarios, "scenarios directory (--scenarios)");
    }

    /** Issue 26: how to see a failing scenario on the table: the model its first failure names. */
    private java.util.Optional<String> traceHint(ScenarioOutcome outcome) {
        if (!outcome.file().endsWith(".json")) {
            return java.util.Optional.empty();
        }
        return outcome.failures().stream().map(failure -> failure.split(":", 2)[0])
                .filter(model -> model.matches("[a-z0-9]+([.-][a-z0-9]+)*") && !model.equals("path")
                        && !model.equals("target")).findFirst()
                .map(model -> "       trace it on the table: maturity-advisor trace "
                        + scenarios.resolve(outcome.file()) + " --model " + model + " --rules " + rules.directory);
    }

    @Override
    int run(Advisor advisor, PrintWriter out) throws IOException {
        List<JunitXml.Timed> timed = new ArrayList<>();
        List<Exercised> exercised = new ArrayList<>();
        for (Scenario scenario : ScenarioFiles.read(scenarios)) {
            long start = System.nanoTime();
            ScenarioOutcome outcome = ScenarioRunner.run(advisor, scenario,
                    (run, result) -> exercised.add(Exercised.of(run, result)));
            timed.add(new JunitXml.Timed(outcome, Duration.ofNanos(System.nanoTime() - start)));
        }
        Detectors detectors = DetectorReader.of(RuleSetLoader.read(rules.directory()), advisor.catalog());
        for (ScanCase scanCase : ScanCases.read(scenarios)) {
            long start = System.nanoTime();
            ScenarioOutcome outcome = ScanCaseRunner.run(detectors, advisor.version(), scanCase);
            timed.add(new JunitXml.Timed(outcome, Duration.ofNanos(System.nanoTime() - start)));
        }
        List<ScenarioOutcome> outcomes = timed.stream().map(JunitXml.Timed::outcome).toList();
        out.println("Rule set " + advisor.version() + ", " + outcomes.size() + " scenarios and scan cases from "
                + scenarios);
        out.printf("%-6s %-44s %s%n", "RESULT", "SCENARIO", "DETAILS");
        for (ScenarioOutcome outcome : outcomes) {
            out.printf("%-6s %-44s %s%n", outcome.passed() ? "PASS" : "FAIL", outcome.file(),
                    outcome.passed() ? "" : String.join("; ", outcome.failures()));
            if (!outcome.passed()) {
                traceHint(outcome).ifPresent(out::println);
            }
        }
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        if (junitXml != null) {
            Path name = scenarios.toAbsolutePath().normalize().getFileName();
            Files.writeString(junitXml, JunitXml.render(name == null ? "scenarios" : name.toString(), timed));
        }
        out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
        ScenarioCoverage coverage = CoverageCollector.of(advisor.version(), advisor.definitions(), exercised);
        if (!noCoverage) {
            out.println();
            out.print(CoverageText.render(coverage));
        }
        if (coverageJson != null) {
            Files.writeString(coverageJson, Json.write(coverage));
        }
        return failed == 0 ? 0 : Cli.SCENARIO_FAILED;
    }
}
