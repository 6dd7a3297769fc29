package org.maturityadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.testing.ShippedRules;

/** The runner reports what a scenario gets wrong, one scenario at a time, and never stops the whole suite. */
class ScenarioRunnerTest {

    @TempDir
    Path temp;

    private final Advisor advisor = ShippedRules.advisor();

    private List<ScenarioOutcome> run(String... files) throws Exception {
        for (int i = 0; i < files.length; i++) {
            Files.writeString(temp.resolve("s" + i + ".json"), files[i]);
        }
        return ScenarioRunner.run(advisor, ScenarioFiles.read(temp));
    }

    @Test
    void aScenarioThatCannotBeRunFailsAloneAndTheOthersStillRun() throws Exception {
        List<ScenarioOutcome> outcomes = run("""
                {"name": "broken path", "input": {"team": "t"},
                 "whatIf": {"path": {"model": "microsoft", "target": "three"}},
                 "expect": {"path": {"level": 3}}}
                """, """
                {"name": "fine", "input": {"team": "t"}, "expect": {"microsoft": {"level": 0}}}
                """);

        assertThat(outcomes.get(0).failures()).singleElement().satisfies(f -> assertThat(f).startsWith("could not"));
        assertThat(outcomes.get(1).failures()).isEmpty();
    }

    @Test
    void aWhatIfReportsTheWrongDeltaAndTheWrongPath() throws Exception {
        List<ScenarioOutcome> outcomes = run("""
                {"name": "delta", "input": {"team": "t", "answers": {"release.method": "manual"}},
                 "whatIf": {"changes": {"release.method": "scripted"},
                            "path": {"model": "six-stage", "target": 3}},
                 "expect": {"six-stage": {"level": 2, "delta": 2},
                            "path": {"roadmap": ["release.method=manual"]}}}
                """);

        assertThat(outcomes.get(0).failures()).containsExactly(
                "six-stage: expected the changes to move the level by 2, got 1",
                "path: expected steps [release.method=manual], got [integration.automated-builds=yes, "
                        + "release.method=ci-cd-pipeline, integration.automated-tests-scope=application-code]");
    }
}
