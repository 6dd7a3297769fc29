package org.maturityadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

    @Test
    void anAsOfWrittenInDaysBeforeTheScenariosDayIsThatDayWhateverTheDateToday() throws Exception {
        Files.writeString(temp.resolve("dated.json"), """
                {"name": "dated", "assessedOn": "2026-03-01",
                 "input": {"answers": {"governance.audit-trail": {"value": "yes", "asOf": "-400d"},
                                       "release.method": {"value": "manual", "asOf": "2025-12-24"},
                                       "creation.data-pipeline": "yes"}},
                 "expect": {"microsoft": {"level": 0}}}
                """);
        Files.writeString(temp.resolve("undated.json"), """
                {"name": "undated", "input": {"answers": {"governance.audit-trail": {"value": "yes", "asOf": "-1d"}}},
                 "expect": {"microsoft": {"level": 0}}}
                """);

        List<Scenario> scenarios = ScenarioFiles.read(temp);

        assertThat(scenarios.get(0).assessedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(scenarios.get(0).options().day()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(scenarios.get(0).input().at("/answers/governance.audit-trail/asOf").stringValue())
                .isEqualTo("2025-01-25");
        assertThat(scenarios.get(0).input().at("/answers/release.method/asOf").stringValue()).isEqualTo("2025-12-24");
        assertThat(scenarios.get(0).input().at("/answers/creation.data-pipeline").stringValue()).isEqualTo("yes");
        assertThat(scenarios.get(1).assessedOn()).isEqualTo(Scenario.DEFAULT_DAY);
        assertThat(scenarios.get(1).input().at("/answers/governance.audit-trail/asOf").stringValue())
                .isEqualTo(Scenario.DEFAULT_DAY.minusDays(1).toString());
    }

    @Test
    void aDayThatIsNotADayAndADoubtThatIsNotOneMakeTheScenarioUnreadable() throws Exception {
        List<ScenarioOutcome> outcomes = run("""
                {"name": "bad day", "assessedOn": "01/03/2026", "input": {"team": "t"},
                 "expect": {"microsoft": {"level": 0}}}
                """, """
                {"name": "bad doubt", "input": {"team": "t"},
                 "expect": {"microsoft": {"doubts": {"ms-ab-testing": "no-proof"}}}}
                """, """
                {"name": "bad count", "input": {"team": "t"},
                 "expect": {"restsOn": {"bare": 1}}}
                """);

        assertThat(outcomes.get(0).failures()).containsExactly(
                "unreadable: assessedOn: expected a day as yyyy-MM-dd, got \"01/03/2026\"");
        assertThat(outcomes.get(1).failures()).singleElement()
                .satisfies(f -> assertThat(f).startsWith("unreadable: expect.microsoft: ").contains("no-proof"));
        assertThat(outcomes.get(2).failures()).singleElement()
                .satisfies(f -> assertThat(f).startsWith("unreadable: expect.restsOn: ").contains("bare"));
    }

    @Test
    void evidenceExpectationsThatDoNotHoldNameTheCriterionAndWhatCameOutInstead() throws Exception {
        List<ScenarioOutcome> outcomes = run("""
                {"name": "wrong evidence expectations",
                 "input": {"team": "t", "answers": {"creation.data-pipeline": "yes"}},
                 "expect": {"microsoft": {"notApplicable": ["ms-ab-testing"],
                                          "doubts": {"ms-data-pipeline": "claimed-without-evidence",
                                                     "ms-ab-testing": "stale"},
                                          "support": {"ms-data-pipeline": "confirmed",
                                                      "ms-managed-compute": "claimed"},
                                          "stale": ["ms-data-pipeline"]},
                            "restsOn": {"answered": 2, "claimed": 1}}}
                """);

        assertThat(outcomes.get(0).failures()).containsExactlyInAnyOrder(
                "microsoft: expected not applicable [ms-ab-testing], got []",
                "microsoft: ms-ab-testing: expected to block as unknown: stale: older than its practice's answers "
                        + "stay valid (stale), got unknown: not answered (observed nothing)",
                "microsoft: ms-data-pipeline: expected to block as unknown: claimed without evidence "
                        + "(claimed-without-evidence), but it is met on a bare claim",
                "microsoft: ms-data-pipeline: expected met on evidence confirmed by a second person (confirmed), "
                        + "got met on a bare claim",
                "microsoft: ms-managed-compute: expected met on a bare claim (claimed), but it is unknown: not "
                        + "answered",
                "microsoft: expected stale [ms-data-pipeline], got []",
                "restsOn: expected answered 2, got 1 (rests on 1 answer: a bare claim)");
    }

    @Test
    void aLevelsBasisIsComparedCountByCountAndOnlyTheCountsWritten() throws Exception {
        List<ScenarioOutcome> outcomes = run("""
                {"name": "level basis",
                 "input": {"team": "t", "answers": {"release.method": "manual"}},
                 "expect": {"six-stage": {"level": 1, "restsOn": {"1": {"met": 1, "evidenced": 1},
                                                                  "3": {"met": 0}}}}}
                """);

        assertThat(outcomes.get(0).failures()).containsExactly(
                "six-stage: level 1 rests on: expected evidenced 1, got 0 (level 1: 1 criterion met: 1 claimed)",
                "six-stage: expected what level 3 rests on, but the result counts levels [1] (level reached: 1)");
    }
}
