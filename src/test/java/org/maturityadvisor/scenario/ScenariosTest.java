package org.maturityadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.testing.ShippedRules;

/** Every file in scenarios/ is its own test result: the analysts' regression suite, run on the shipped rules. */
class ScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        Advisor advisor = ShippedRules.advisor();
        List<Scenario> scenarios = ScenarioFiles.read(Path.of("scenarios"));
        assertThat(scenarios).as("scenarios/ must not be empty").hasSizeGreaterThanOrEqualTo(12);
        return scenarios.stream().map(scenario -> DynamicTest.dynamicTest(scenario.file() + ": " + scenario.name(),
                () -> assertThat(ScenarioRunner.run(advisor, scenario).failures()).isEmpty()));
    }
}
