package org.maturityadvisor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.simulation.ImpactResult;
import org.maturityadvisor.simulation.PathResult;
import org.maturityadvisor.simulation.Plan;
import org.maturityadvisor.simulation.SimulationResult;
import org.maturityadvisor.simulation.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What-if costs on the shipped rules for the sample team, in microseconds per call: one assessment (the unit), a
 * simulation of k plans (about k + 1 assessments), and the path and impact answers for the Microsoft model alone.
 * See docs/BENCHMARKS.md for how to run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SimulationBenchmark {

    @Param({"1", "4"})
    public int plans;

    private Advisor advisor;
    private Simulator simulator;
    private TeamProfile team;
    private List<Plan> planList;

    @Setup
    public void setUp() throws IOException {
        advisor = RuleSetLoader.load(Path.of("rules"));
        simulator = new Simulator(advisor);
        team = TeamInputReader.read(Files.readString(Path.of("docs/examples/team.json")), advisor.catalog());
        List<Map<String, String>> changes = List.of(Map.of("release.method", "ci-cd-pipeline"),
                Map.of("creation.managed-compute", "yes"), Map.of("creation.experiment-tracking", "centralized"),
                Map.of("release.ab-testing", "yes"));
        planList = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            planList.add(SimulationInputReader.plan("plan " + i, changes.get(i), advisor.catalog()));
        }
    }

    /** The unit: one assessment under every model. */
    @Benchmark
    public AssessmentResult assessAllModels() {
        return advisor.assess(team);
    }

    /** The base and {@code plans} plans, each diffed against the base. */
    @Benchmark
    public SimulationResult simulate() {
        return simulator.simulate(team, planList);
    }

    /** The least path to Microsoft level 3 (from level 1: 13 steps). */
    @Benchmark
    public PathResult pathMicrosoftLevel3() {
        return simulator.path(team, "microsoft", 3);
    }

    /** The least path to Microsoft level 4 (every unmet criterion above level 1). */
    @Benchmark
    public PathResult pathMicrosoftLevel4() {
        return simulator.path(team, "microsoft", 4);
    }

    /** Every single change to a Microsoft practice, ranked. */
    @Benchmark
    public ImpactResult impactMicrosoft() {
        return simulator.impact(team, Set.of("microsoft"));
    }

    /** Every single change to any practice, ranked across all models. */
    @Benchmark
    public ImpactResult impactAllModels() {
        return simulator.impact(team, Set.of());
    }
}
