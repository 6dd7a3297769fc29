package org.maturityadvisor.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.TargetStatus;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.ShippedRules;

/** What-if on the shipped rules, evaluated with the real KIE API. */
class SimulatorTest {

    private final Advisor advisor = ShippedRules.advisor();
    private final Simulator simulator = new Simulator(advisor);

    @TempDir
    Path temp;

    private static TeamProfile sample(Advisor advisor) throws Exception {
        return TeamInputReader.read(Files.readString(Path.of("docs/examples/team.json")), advisor.catalog());
    }

    private Plan plan(String name, String... changes) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String change : changes) {
            map.put(change.substring(0, change.indexOf('=')), change.substring(change.indexOf('=') + 1));
        }
        return SimulationInputReader.plan(name, map, advisor.catalog());
    }

    @Test
    void aPlanShowsTheLevelsItMovesAndTheCriteriaItMeetsOrLoses() throws Exception {
        SimulationResult result = simulator.simulate(sample(advisor), List.of(
                plan("level 2", "creation.managed-compute=yes", "creation.experiment-tracking=centralized",
                        "creation.model-versioning=yes", "creation.training-automation=pipeline",
                        "release.ownership=software-engineering-team"),
                plan("give up releasing", "release.method=drop", "integration.automated-builds=unknown")));

        assertThat(result.base().model("microsoft").level()).isEqualTo(1);
        PlanOutcome up = result.plans().get(0);
        ModelDiff microsoft = up.diff().get(0);
        assertThat(microsoft.model()).isEqualTo("microsoft");
        assertThat(microsoft.levelBefore()).isEqualTo(1);
        assertThat(microsoft.levelAfter()).isEqualTo(2);
        assertThat(microsoft.delta()).isEqualTo(1);
        assertThat(microsoft.criteriaNewlyMet()).containsExactlyInAnyOrder("ms-managed-compute",
                "ms-experiment-tracking", "ms-model-versioning", "ms-automated-training", "ms-release-by-engineering");
        assertThat(microsoft.blockersCleared()).contains("ms-managed-compute", "ms-release-by-engineering");
        assertThat(microsoft.dimensions()).filteredOn(d -> d.dimension().equals("Model Creation")).singleElement()
                .as("level 3 has no Model Creation criteria, so the dimension climbs from 1 to 3")
                .satisfies(d -> assertThat(d.after() - d.before()).isEqualTo(2));
        assertThat(up.result().model("microsoft").level()).isEqualTo(2);
        assertThat(up.targetStatusBefore()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(up.targetStatusAfter()).isEqualTo(TargetStatus.AT_TARGET);

        PlanOutcome down = result.plans().get(1);
        assertThat(down.changes()).containsExactly(new AppliedChange("release.method", "scripted", "not-released"),
                new AppliedChange("integration.automated-builds", "yes", null));
        ModelDiff six = down.diff().stream().filter(d -> d.model().equals("six-stage")).findFirst().orElseThrow();
        assertThat(six.delta()).isEqualTo(-2);
        assertThat(six.criteriaLost()).containsExactly("six-production-deployment", "six-automated-deployment",
                "six-automated-builds");
        assertThat(six.blockersAdded()).contains("six-production-deployment");
        ModelDiff ms = down.diff().get(0);
        assertThat(ms.levelAfter()).as("automated builds back to unknown blocks level 1").isZero();
        assertThat(down.result().model("microsoft").blockedLevels().get(0).blockers())
                .filteredOn(b -> b.criterion().equals("ms-automated-builds")).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(CriterionStatus.UNKNOWN));
    }

    @ParameterizedTest(name = "{0} to level {1}")
    @CsvSource({"microsoft, 2", "microsoft, 3", "microsoft, 4", "google, 2", "six-stage, 5", "ml-test-score, 1",
            "ml-test-score, 3"})
    void aPathReachesItsTargetAndNoStepCanBeDropped(String model, int target) throws Exception {
        TeamProfile team = sample(advisor);

        PathResult path = simulator.path(team, model, target);

        assertThat(path.reachable()).isTrue();
        assertThat(path.steps()).isNotEmpty();
        assertThat(levelWith(team, path.steps(), model)).isGreaterThanOrEqualTo(target);
        for (PathStep dropped : path.steps()) {
            List<PathStep> rest = new ArrayList<>(path.steps());
            rest.remove(dropped);
            assertThat(levelWith(team, rest, model)).as("without " + dropped.practice()).isLessThan(target);
        }
        for (int i = 1; i < path.steps().size(); i++) {
            assertThat(path.steps().get(i).level()).isGreaterThanOrEqualTo(path.steps().get(i - 1).level());
        }
    }

    @Test
    void aScoredPathAsksForTheLeastAnswerThatWorks() throws Exception {
        PathResult path = simulator.path(sample(advisor), "ml-test-score", 1);

        assertThat(path.steps()).hasSize(4).allSatisfy(step -> assertThat(step.to()).isEqualTo("manual"));
        assertThat(path.steps()).extracting(step -> step.criteria().get(0).criterion().split("-")[1])
                .containsExactlyInAnyOrder("data", "model", "infra", "monitor");
    }

    @Test
    void thePathFollowsATableEdit() throws Exception {
        TeamProfile team = sample(advisor);
        assertThat(simulator.path(team, "microsoft", 3).steps()).extracting(PathStep::practice)
                .contains("release.ab-testing");

        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("C" + rules.rowOf("ms-ab-testing"), "4");
        Advisor edited = RuleSetLoader.load(rules.directory());
        PathResult path = new Simulator(edited).path(sample(edited), "microsoft", 3);

        assertThat(path.steps()).extracting(PathStep::practice).doesNotContain("release.ab-testing");
        assertThat(new Simulator(edited).path(sample(edited), "microsoft", 4).steps()).extracting(PathStep::practice)
                .contains("release.ab-testing");
    }

    @Test
    void withoutATargetThePathGoesToTheRecommendedOne() throws Exception {
        PathResult path = simulator.path(sample(advisor), "microsoft", null);

        assertThat(path.target()).isEqualTo(2);
        assertThat(path.targetSource()).isEqualTo("target-2-two-or-three");
        assertThat(path.steps()).extracting(PathStep::practice).containsExactlyInAnyOrder(
                "creation.experiment-tracking", "creation.managed-compute", "creation.model-versioning",
                "release.ownership", "creation.training-automation");
        assertThat(path.steps().get(0).effort()).isEqualTo(Effort.SMALL);
    }

    @Test
    void aTargetAboveTheTopLevelNamesTheValidRange() throws Exception {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> simulator.path(sample(advisor), "google", 3));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("target");
            assertThat(error.reason()).contains("0-2", "got 3");
        });
    }

    @Test
    void impactRanksSingleChangesByTheLevelsTheyAdd() throws Exception {
        TeamProfile team = sample(advisor);

        ImpactResult impact = simulator.impact(team, Set.of());

        assertThat(impact.changes()).isNotEmpty();
        assertThat(impact.changes()).extracting(ImpactResult.Impact::totalGain)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        ImpactResult.Impact best = impact.changes().get(0);
        assertThat(best.practice()).isEqualTo("release.method");
        assertThat(best.to()).isEqualTo("ci-cd-pipeline");
        assertThat(best.gains()).filteredOn(g -> g.model().equals("six-stage")).singleElement()
                .satisfies(g -> assertThat(g.after() - g.before()).isEqualTo(1));
        assertThat(impact.changes()).allSatisfy(change -> assertThat(change.criteriaNewlyMet()).isNotEmpty());
    }

    @Test
    void impactOverOneModelLooksOnlyAtItsPractices() throws Exception {
        ImpactResult impact = simulator.impact(sample(advisor), Set.of("microsoft"));

        assertThat(impact.models()).containsExactly("microsoft");
        assertThat(impact.changes()).allSatisfy(change -> assertThat(change.gains()).singleElement());
        assertThat(impact.changes()).extracting(ImpactResult.Impact::practice).doesNotHaveDuplicates()
                .noneMatch(practice -> practice.startsWith("mlts."));
    }

    /** The team with the steps taken as a plan means them: each answer backed as the tables ask (proven). */
    private int levelWith(TeamProfile team, List<PathStep> steps, String model) {
        List<PracticeChange> changes = steps.stream().map(step -> new PracticeChange(step.practice(),
                advisor.catalog().find(step.practice()).orElseThrow().answer(step.to()).proven())).toList();
        return advisor.assess(Simulator.apply(team, changes)).model(model).level();
    }
}
