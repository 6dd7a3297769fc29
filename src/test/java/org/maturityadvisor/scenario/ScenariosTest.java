package org.maturityadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.DetectorReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.testing.ShippedRules;

/**
 * Every file in scenarios/ is its own test result: the analysts' regression suite, run on the shipped rules; and
 * every detector regression case in scenarios/scans/, run on the shipped detector table.
 */
class ScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        Advisor advisor = ShippedRules.advisor();
        List<Scenario> scenarios = ScenarioFiles.read(Path.of("scenarios"));
        assertThat(scenarios).as("scenarios/ must not be empty").hasSizeGreaterThanOrEqualTo(12);
        return scenarios.stream().map(scenario -> DynamicTest.dynamicTest(scenario.file() + ": " + scenario.name(),
                () -> assertThat(ScenarioRunner.run(advisor, scenario).failures()).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everyScanCasePasses() {
        Advisor advisor = ShippedRules.advisor();
        Detectors detectors = DetectorReader.of(RuleSetLoader.read(ShippedRules.DIRECTORY), advisor.catalog());
        List<ScanCase> cases = ScanCases.read(Path.of("scenarios"));
        assertThat(cases).as("scenarios/scans/ holds the detector regression cases").isNotEmpty();
        return cases.stream().map(scanCase -> DynamicTest.dynamicTest(scanCase.file() + ": " + scanCase.description(),
                () -> assertThat(ScanCaseRunner.run(detectors, advisor.version(), scanCase).failures()).isEmpty()));
    }
}
