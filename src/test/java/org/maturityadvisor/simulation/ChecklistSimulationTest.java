package org.maturityadvisor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.testing.ChecklistTable;

/**
 * What-if over a checklist model, evaluated with the real KIE API: the path to level 1 is every unmet statement of
 * the required sections (never an extra one); an extra statement newly met counts as a criterion met, with no level
 * gained; a change that completes the last required section gains the level.
 */
class ChecklistSimulationTest {

    private static Advisor advisor;
    private static Simulator simulator;

    @TempDir
    static Path temp;

    @BeforeAll
    static void load() {
        advisor = RuleSetLoader.load(ChecklistTable.into(temp.resolve("rules")).directory());
        simulator = new Simulator(advisor);
    }

    /** Online: the README is there, the API docs are not, latency is monitored, nothing canaried, no extras. */
    private static TeamProfile team() {
        return TeamInputReader.read("{\"team\": \"t\", \"context\": {\"" + ChecklistTable.SERVING + "\": \"online\"},"
                + " \"answers\": {\"chk.readme\": true, \"chk.api-docs\": false, \"chk.latency\": true}}",
                advisor.catalog(), InputOptions.on(LocalDate.parse("2026-12-01")));
    }

    @Test
    void thePathToCompleteIsEveryUnmetRequiredStatementAndNoExtra() {
        PathResult path = simulator.path(team(), "check", 1);

        assertThat(path.from()).isZero();
        assertThat(path.reachable()).isTrue();
        assertThat(path.levelAfter()).isEqualTo(1);
        assertThat(path.steps()).extracting(step -> step.practice() + " " + step.from() + " -> " + step.to())
                .containsExactlyInAnyOrder("chk.api-docs no -> yes", "chk.canary null -> yes");
        assertThat(path.steps()).flatExtracting(PathStep::criteria).extracting(PathStep.PathCriterion::level)
                .containsOnly(1);
    }

    @Test
    void anExtraStatementMetIsACriterionMetWithNoLevelGained() {
        ImpactResult impact = simulator.impact(team(), Set.of("check"));

        ImpactResult.Impact alerts = impact.changes().stream().filter(c -> c.practice().equals("chk.alerts"))
                .findFirst().orElseThrow();
        assertThat(alerts.criteriaNewlyMet()).containsExactly("chk-alerts");
        assertThat(alerts.totalGain()).isZero();
        ImpactResult.Impact docs = impact.changes().stream().filter(c -> c.practice().equals("chk.api-docs"))
                .findFirst().orElseThrow();
        assertThat(docs.criteriaNewlyMet()).containsExactly("chk-api-docs");
        assertThat(docs.totalGain()).as("the canary is still missing").isZero();
    }

    @Test
    void aPlanThatCompletesTheRequiredSectionsGainsTheLevelAndListsEveryStatementMet() {
        Plan plan = new Plan("finish", List.of(
                SimulationInputReader.plan("x", Map.of("chk.api-docs", "yes", "chk.canary", "yes",
                        "chk.dashboard", "yes"), advisor.catalog()).changes().toArray(PracticeChange[]::new)));

        PlanOutcome outcome = simulator.simulate(team(), List.of(plan)).plans().get(0);
        ModelDiff check = outcome.diff().stream().filter(d -> d.model().equals("check")).findFirst().orElseThrow();

        assertThat(check.levelBefore()).isZero();
        assertThat(check.levelAfter()).isEqualTo(1);
        assertThat(check.criteriaNewlyMet()).containsExactlyInAnyOrder("chk-api-docs", "chk-canary", "chk-dashboard");
        assertThat(check.blockersCleared()).containsExactlyInAnyOrder("chk-api-docs", "chk-canary");
        assertThat(check.dimensions()).extracting(d -> d.dimension() + " " + d.before() + "->" + d.after())
                .containsExactly("Docs 0->1", "Serving 0->1", "Extras 0->0");
        assertThat(outcome.result().model("check").score()).isNull();
    }

    @Test
    void theNextStepsOfferTheBundleThatCompletesTheChecklist() {
        NextSteps next = simulator.nextSteps(team());

        assertThat(next.options()).filteredOn(o -> o.kind() == NextSteps.Kind.BUNDLE)
                .filteredOn(o -> o.gains().stream().anyMatch(g -> g.model().equals("check") && g.to() == 1))
                .first().satisfies(bundle -> assertThat(bundle.steps()).extracting(Roadmap.Step::practice)
                        .containsExactlyInAnyOrder("chk.api-docs", "chk.canary"));
    }
}
