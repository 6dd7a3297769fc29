package org.maturityadvisor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TargetLevel;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.simulation.PathResult;
import org.maturityadvisor.simulation.Simulator;

/** Runs scenarios against one loaded rule set and reports every difference from what they expect. */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    public static List<ScenarioOutcome> run(Advisor advisor, List<Scenario> scenarios) {
        return run(advisor, scenarios, (scenario, result) -> { });
    }

    /**
     * Also hands each scenario's team, as its input describes it (before any what-if change), assessed, to
     * {@code assessed}: the draft's side of the impact preview, so that it is not assessed twice.
     */
    public static List<ScenarioOutcome> run(Advisor advisor, List<Scenario> scenarios,
                                            BiConsumer<Scenario, AssessmentResult> assessed) {
        return run(advisor, scenarios, assessed, (s, result) -> { });
    }

    /**
     * Also hands every result a scenario's expectations are compared with to {@code exercised}: the team as its input
     * describes it and, for a what-if scenario, the changed team too (what scenario coverage reads).
     */
    public static List<ScenarioOutcome> run(Advisor advisor, List<Scenario> scenarios,
                                            BiConsumer<Scenario, AssessmentResult> assessed,
                                            BiConsumer<Scenario, AssessmentResult> exercised) {
        return scenarios.stream().map(scenario -> runOne(advisor, scenario, assessed, exercised)).toList();
    }

    public static ScenarioOutcome run(Advisor advisor, Scenario scenario) {
        return runOne(advisor, scenario, (s, result) -> { }, (s, result) -> { });
    }

    /** One scenario, handing each result it is compared with to {@code exercised} (see above). */
    public static ScenarioOutcome run(Advisor advisor, Scenario scenario,
                                      BiConsumer<Scenario, AssessmentResult> exercised) {
        return runOne(advisor, scenario, (s, result) -> { }, exercised);
    }

    private static ScenarioOutcome runOne(Advisor advisor, Scenario scenario,
                                          BiConsumer<Scenario, AssessmentResult> assessed,
                                          BiConsumer<Scenario, AssessmentResult> exercised) {
        List<String> failures = new ArrayList<>();
        if (scenario.input() == null) {
            failures.add(scenario.description());
        } else if (scenario.expect().isEmpty()) {
            failures.add("expects nothing: add an \"expect\" object naming at least one model");
        } else {
            try {
                TeamProfile team = TeamInputReader.read(scenario.input(), advisor.catalog(), scenario.options());
                AssessmentResult before = advisor.assess(team);
                assessed.accept(scenario, before);
                exercised.accept(scenario, before);
                Scenario.WhatIf whatIf = scenario.whatIf();
                boolean changes = whatIf != null && whatIf.changes() != null;
                if (changes) {
                    team = Simulator.apply(team, SimulationInputReader.changes(whatIf.changes(), "whatIf.changes",
                            advisor.catalog()));
                }
                AssessmentResult result = changes ? advisor.assess(team) : before;
                if (changes) {
                    exercised.accept(scenario, result);
                }
                Expectations expect = scenario.expect();
                expect.models().forEach((model, expectation) -> {
                    compare(result, model, expectation, failures);
                    compareDelta(before, result, model, expectation, failures);
                });
                if (expect.restsOn() != null) {
                    EvidenceComparisons.compareResult(result, expect.restsOn(), failures);
                }
                if (expect.target() != null) {
                    compareTarget(result, expect.target(), failures);
                }
                if (expect.path() != null) {
                    comparePath(advisor, team, whatIf == null ? null : whatIf.path(), expect.path(), failures);
                }
            } catch (InvalidInputException e) {
                failures.add("input rejected: " + e.getMessage());
            } catch (RuntimeException e) {
                failures.add("could not be run: " + e);
            }
        }
        return new ScenarioOutcome(scenario.file(), scenario.name(), failures);
    }

    private static void compare(AssessmentResult result, String modelId, Expectations.OfModel expected, List<String> failures) {
        ModelAssessment model = result.models().stream().filter(m -> m.model().equals(modelId)).findFirst()
                .orElse(null);
        if (model == null) {
            failures.add(modelId + ": no such model in the rule set");
            return;
        }
        if (expected.level() != null && expected.level() != model.level()) {
            failures.add(modelId + ": expected level " + expected.level() + ", got " + model.level()
                    + " (" + model.summary() + ")");
        }
        if (expected.blockers() != null) {
            TreeSet<String> want = new TreeSet<>(expected.blockers());
            TreeSet<String> got = new TreeSet<>(model.nextLevelBlockers().stream().map(Blocker::criterion).toList());
            if (!want.equals(got)) {
                failures.add(modelId + ": expected next-level blockers " + want + ", got " + got);
            }
        }
        if (expected.score() != null && !expected.score().equals(model.score())) {
            failures.add(modelId + ": expected score " + expected.score() + ", got " + model.score());
        }
        for (Map.Entry<String, Integer> dimension : expected.dimensions().entrySet()) {
            Integer got = model.dimensions().stream().filter(d -> d.dimension().equals(dimension.getKey()))
                    .map(DimensionLevel::level).findFirst().orElse(null);
            if (!dimension.getValue().equals(got)) {
                failures.add(modelId + ": expected dimension " + dimension.getKey() + " at level "
                        + dimension.getValue() + ", got " + got);
            }
        }
        EvidenceComparisons.compare(model, expected, failures);
        SectionComparisons.compare(model, expected.sections(), failures);
    }

    private static void compareTarget(AssessmentResult result, Expectations.OfTarget expected, List<String> failures) {
        TargetLevel target = result.target();
        if (target == null) {
            failures.add("target: the rule set has no target table");
            return;
        }
        if (expected.level() != null && expected.level() != target.target()) {
            failures.add("target: expected level " + expected.level() + ", got " + target.target() + " (rule "
                    + target.rule() + ")");
        }
        if (expected.rule() != null && !expected.rule().equals(target.rule())) {
            failures.add("target: expected rule " + expected.rule() + ", got " + target.rule());
        }
        if (expected.status() != null && expected.status() != target.status()) {
            failures.add("target: expected status " + expected.status().id() + ", got " + target.status().id());
        }
        if (expected.roadmap() != null) {
            List<String> got = target.roadmap().stream().flatMap(level -> level.blockers().stream())
                    .map(Blocker::criterion).toList();
            if (!expected.roadmap().equals(got)) {
                failures.add("target: expected roadmap " + expected.roadmap() + ", got " + got);
            }
        }
    }

    private static void compareDelta(AssessmentResult before, AssessmentResult after, String modelId,
                                     Expectations.OfModel expected, List<String> failures) {
        if (expected.delta() == null || before.models().stream().noneMatch(m -> m.model().equals(modelId))) {
            return;
        }
        int delta = after.model(modelId).level() - before.model(modelId).level();
        if (delta != expected.delta()) {
            failures.add(modelId + ": expected the changes to move the level by " + expected.delta() + ", got "
                    + delta);
        }
    }

    private static void comparePath(Advisor advisor, TeamProfile team, Scenario.PathRequest request,
                                    Expectations.OfPath expected, List<String> failures) {
        if (request == null || request.model() == null) {
            failures.add("path: expects a path but whatIf.path {\"model\": ..., \"target\": ...} is missing");
            return;
        }
        PathResult path = new Simulator(advisor).path(team, request.model(), request.target());
        if (expected.level() != null && expected.level() != path.target()) {
            failures.add("path: expected target level " + expected.level() + ", got " + path.target());
        }
        if (expected.reachable() != null && expected.reachable() != path.reachable()) {
            failures.add("path: expected reachable " + expected.reachable() + ", got " + path.reachable());
        }
        if (expected.roadmap() != null) {
            List<String> got = path.steps().stream().map(step -> step.practice() + "=" + step.to()).toList();
            if (!expected.roadmap().equals(got)) {
                failures.add("path: expected steps " + expected.roadmap() + ", got " + got);
            }
        }
    }
}
