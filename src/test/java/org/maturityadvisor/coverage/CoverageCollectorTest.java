package org.maturityadvisor.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.scenario.ScenarioFiles;

/** Coverage is read off what the engine answered two scenarios on a small rule set: every item, exactly. */
class CoverageCollectorTest {

    @TempDir
    static Path temp;

    static ScenarioCoverage coverage;

    @BeforeAll
    static void runTheScenarios() {
        SmallRuleSet.write(temp.resolve("rules"), temp.resolve("scenarios"));
        Advisor advisor = RuleSetLoader.load(temp.resolve("rules"));
        CoverageRun run = CoverageRun.of(advisor, ScenarioFiles.read(temp.resolve("scenarios")));
        assertThat(run.outcomes()).allSatisfy(outcome -> assertThat(outcome.failures()).isEmpty());
        coverage = run.coverage();
    }

    @Test
    void eachCriterionTestLevelBandAndTargetRowSaysWhichScenariosExerciseItAndHow() {
        assertThat(coverage.scenarios()).isEqualTo(2);
        assertThat(coverage.items()).extracting(CoverageItem::kind, CoverageItem::model, CoverageItem::id,
                        CoverageItem::asMet, CoverageItem::asBlocking, CoverageItem::metIn, CoverageItem::blockingIn)
                .contains(
                        tuple(ItemKind.CRITERION, "mini", "mini-pipeline", 1, 1, List.of("a-level-one.json"),
                                List.of("b-nothing.json")),
                        tuple(ItemKind.CRITERION, "mini", "mini-handoff", 1, 1, List.of("a-level-one.json"),
                                List.of("b-nothing.json")),
                        tuple(ItemKind.CRITERION, "mini", "mini-tracking", 0, 2, List.of(),
                                List.of("a-level-one.json", "b-nothing.json")),
                        tuple(ItemKind.LEVEL, "mini", "1", 1, 1, List.of("a-level-one.json"),
                                List.of("b-nothing.json")),
                        tuple(ItemKind.LEVEL, "mini", "2", 0, 2, List.of(),
                                List.of("a-level-one.json", "b-nothing.json")),
                        // a partly met test (basic: 1 of 2 points) is not met; it blocks in its short section
                        tuple(ItemKind.TEST, "release-rubric", "rr-method", 1, 1, List.of("a-level-one.json"),
                                List.of("b-nothing.json")),
                        tuple(ItemKind.TEST, "release-rubric", "rr-ab", 1, 1, List.of("a-level-one.json"),
                                List.of("b-nothing.json")),
                        tuple(ItemKind.TEST, "release-rubric", "rr-tests", 0, 2, List.of(),
                                List.of("a-level-one.json", "b-nothing.json")),
                        tuple(ItemKind.BAND, "release-rubric", "1", 0, 2, List.of(),
                                List.of("a-level-one.json", "b-nothing.json")),
                        tuple(ItemKind.TARGET_ROW, "mini", "mini-critical", 1, 0, List.of("a-level-one.json"),
                                List.of()),
                        tuple(ItemKind.TARGET_ROW, "mini", "mini-small", 0, 0, List.of(), List.of()),
                        tuple(ItemKind.TARGET_ROW, "mini", "mini-any", 1, 0, List.of("b-nothing.json"), List.of()));
    }

    @Test
    void theModelsAndTheRuleSetAreCountedAndTheUncoveredListed() {
        ModelCoverage mini = coverage.models().stream().filter(m -> m.model().equals("mini")).findFirst()
                .orElseThrow();
        assertThat(mini.words()).isEqualTo("2 of 3 criteria met, 3 of 3 blocking, 0 uncovered");
        assertThat(mini).extracting(ModelCoverage::levels, ModelCoverage::reached, ModelCoverage::blocked)
                .containsExactly(2, 1, 2);
        assertThat(mini.segments()).extracting(ModelCoverage.Segment::kind, ModelCoverage.Segment::width)
                .containsExactly(tuple("both", "66.67"), tuple("blocking", "33.33"));
        assertThat(coverage.neverMet()).extracting(CoverageItem::id)
                .contains("mini-tracking", "rr-tests", "mini-small").doesNotContain("mini-pipeline");
        assertThat(coverage.neverBlocking()).extracting(CoverageItem::id).doesNotContain("mini-small");
        assertThat(coverage.uncovered()).extracting(CoverageItem::id).containsExactly("mini-small");
        assertThat(coverage.summary()).contains("target rows deciding a target 2/3");
    }

    @Test
    void aChangedRowNoScenarioExercisesIsWarnedAboutAndACoveredOneIsNot() {
        CoverageItem small = item("mini-small");
        CoverageItem tracking = item("mini-tracking");
        ChangedRows changed = new ChangedRows(Set.of(new ChangedRows.Row(small.file(), small.row()),
                new ChangedRows.Row(tracking.file(), tracking.row())), Set.of());

        assertThat(changed.warnings(coverage)).extracting(CoverageWarning::message).containsExactly(
                SmallRuleSet.TARGET + " row " + small.row() + " (mini-small) changed and no scenario's target is "
                        + "decided by it");
    }

    @Test
    void everyUncoveredRowOfATableAddedWholeIsWarnedAbout() {
        assertThat(new ChangedRows(Set.of(), Set.of(SmallRuleSet.TARGET)).warnings(coverage))
                .extracting(CoverageWarning::item).containsExactly("mini-small");
    }

    @Test
    void aModelOrTargetAScenarioExpectsNothingOfIsNotExercisedByIt() throws Exception {
        Path only = java.nio.file.Files.createDirectories(temp.resolve("only-mini"));
        java.nio.file.Files.writeString(only.resolve("mini-only.json"), """
                {"name": "only mini", "input": {"team": "one", "answers": {"creation.data-pipeline": true,
                  "release.ownership": "handed-to-software-engineers", "release.method": "ci-cd-pipeline"}},
                 "expect": {"mini": {"level": 1}}}
                """);

        ScenarioCoverage mini = CoverageRun.of(RuleSetLoader.load(temp.resolve("rules")), ScenarioFiles.read(only))
                .coverage();

        assertThat(mini.uncovered()).extracting(CoverageItem::id).containsExactly("rr-method",
                "rr-ab", "rr-tests", "1", "2", "mini-critical", "mini-small", "mini-any");
    }

    private static CoverageItem item(String id) {
        return coverage.items().stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow();
    }
}
