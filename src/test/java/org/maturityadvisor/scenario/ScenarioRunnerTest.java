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

        assertThat(outcomes.get(0).failures()).singleElement()
                .satisfies(f -> assertThat(f).startsWith("unreadable: ").contains("\"three\""));
        assertThat(outcomes.get(1).failures()).isEmpty();
    }

    @Test
    void anExpectationWrittenWhereItDoesNotBelongIsUnreadableNotIgnored() throws Exception {
        List<ScenarioOutcome> outcomes = run("""
                {"name": "a rule under a model", "input": {"team": "t"},
                 "expect": {"microsoft": {"level": 0, "rule": "target-1"}}}
                """, """
                {"name": "a status no target has", "input": {"team": "t"},
                 "expect": {"target": {"status": "below"}}}
                """, """
                {"name": "a level that is not a number", "input": {"team": "t"},
                 "expect": {"microsoft": {"level": "zero"}}}
                """);

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failures()).singleElement()
                .satisfies(f -> assertThat(f).startsWith("unreadable: expect.")));
        assertThat(outcomes.get(0).failures().get(0)).startsWith("unreadable: expect.microsoft: ").contains("rule");
        assertThat(outcomes.get(1).failures().get(0)).startsWith("unreadable: expect.target: ").contains("below");
    }

    @Test
    void eachKindOfExpectationIsCheckedWhereverItIsWritten() throws Exception {
        List<ScenarioOutcome> outcomes = run("""
                {"name": "all three", "input": {"team": "t", "context": {"mlUseCases": 1}},
                 "whatIf": {"path": {"model": "microsoft"}},
                 "expect": {"path": {"level": 9}, "target": {"status": "above-target"},
                            "microsoft": {"level": 4}}}
                """);

        assertThat(outcomes.get(0).failures()).hasSize(3)
                .anySatisfy(f -> assertThat(f).startsWith("microsoft: expected level 4, got 0"))
                .anySatisfy(f -> assertThat(f).startsWith("target: expected status above-target, got "))
                .anySatisfy(f -> assertThat(f).isEqualTo("path: expected target level 9, got 1"));
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
