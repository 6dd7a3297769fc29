package org.maturityadvisor.simulation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.MaturityModel;

/**
 * What-if over one rule-set version. Every answer is found by assessing changed answers with the rules: the
 * candidates of a path are the blockers the rules report, and a path is kept only as long as the rules say it still
 * reaches the target, so it stays right when analysts edit the tables.
 */
public final class Simulator {

    private final Advisor advisor;

    public Simulator(Advisor advisor) {
        this.advisor = advisor;
    }

    /** The base result and, for each plan, the changed team's result and the difference. */
    public SimulationResult simulate(TeamProfile base, List<Plan> plans) {
        return simulate(base, plans, false);
    }

    /**
     * As {@link #simulate(TeamProfile, List)}; {@code withEvidence}: each plan's team as if every answer were
     * evidenced, confirmed by a second person and fresh ({@link #proven}), what confirmation would change.
     */
    public SimulationResult simulate(TeamProfile base, List<Plan> plans, boolean withEvidence) {
        AssessmentResult before = advisor.assess(base);
        List<PlanOutcome> outcomes = plans.stream().map(plan -> {
            TeamProfile planned = apply(base, plan.changes());
            TeamProfile changed = withEvidence ? proven(planned) : planned;
            AssessmentResult after = advisor.assess(changed);
            List<AppliedChange> applied = plan.changes().stream().map(change -> new AppliedChange(change.practice(),
                    base.answers().get(change.practice()).map(Answer::shown).orElse(null), change.value())).toList();
            List<ModelDiff> diff = ModelDiff.between(before, after);
            return new PlanOutcome(plan.name(), applied, after, diff,
                    before.target() == null ? null : before.target().status(),
                    after.target() == null ? null : after.target().status());
        }).toList();
        return new SimulationResult(before, outcomes);
    }

    /**
     * The least set of changes that takes the team to {@code target} in {@code modelId}; with no target, to the one
     * the target table recommends (when it advises on this model).
     *
     * @throws InvalidInputException naming the model or target at fault
     */
    public PathResult path(TeamProfile team, String modelId, Integer target) {
        MaturityModel model = model(modelId, "model");
        String source = "requested";
        Set<String> scope = Set.of(modelId);
        if (target == null) {
            AssessmentResult full = advisor.assess(team);
            if (full.target() == null || !full.target().model().equals(modelId)) {
                throw new InvalidInputException("simulation", List.of(new InputError("target", "required: the target table "
                        + "advises on " + (full.target() == null ? "no model" : full.target().model())
                        + ", not " + modelId + "; give a level 0-" + model.topLevel())));
            }
            target = full.target().target();
            source = full.target().rule();
        } else if (target < 0 || target > model.topLevel()) {
            throw new InvalidInputException("simulation", List.of(new InputError("target", "must be a level of model " + modelId
                    + ", 0-" + model.topLevel() + "; got " + target)));
        }
        try (Advisor.Variants variants = advisor.variants(team, scope)) {
            int[] evaluations = {0};
            Function<Answers, ModelAssessment> assess = answers -> {
                evaluations[0]++;
                return variants.assess(answers).model(modelId);
            };
            return path(team, model, target, source, assess, evaluations);
        }
    }

    private PathResult path(TeamProfile team, MaturityModel model, int target, String source,
                            Function<Answers, ModelAssessment> assess, int[] evaluations) {
        String modelId = model.id();
        ModelAssessment base = assess.apply(team.answers());
        if (base.level() >= target) {
            return new PathResult(modelId, model.name(), base.level(), target, source, true, base.level(),
                    evaluations[0], "Already at level " + base.level() + ": nothing to change for level " + target
                    + ".", List.of());
        }
        // The blockers of the levels up to the goal are every criterion standing in its way (a scored model's: every
        // test of a section short of a band up to it); all of them at their required value reach it if anything can
        int goal = target;
        Map<String, Answer> changes = new LinkedHashMap<>();
        for (Blocker blocker : blockersUpTo(base, goal)) {
            Answer wanted = answerAt(blocker.practice(), blocker.required());
            changes.merge(blocker.practice(), wanted, (a, b) -> a.rank() >= b.rank() ? a : b);
        }
        ModelAssessment reached = assess.apply(apply(team.answers(), changes.values()));
        if (reached.level() < goal) {
            return new PathResult(modelId, model.name(), base.level(), goal, source, false, reached.level(),
                    evaluations[0], "Level " + goal + " cannot be reached: with every blocker changed the team "
                    + "reaches level " + reached.level() + ".", steps(model, base, goal, changes, team.answers()));
        }
        minimise(model, changes, team.answers(), goal, assess);
        List<PathStep> steps = steps(model, base, goal, changes, team.answers());
        return new PathResult(modelId, model.name(), base.level(), goal, source, true, goal, evaluations[0],
                summary(model, base.level(), goal, steps), steps);
    }

    /**
     * The ordered bundles of changes toward the team's target (or, without one to follow, the next level of every
     * model), each step with the criteria of every model it clears and the levels it unlocks.
     */
    public Roadmap roadmap(TeamProfile team) {
        return new RoadmapPlanner(advisor, this).plan(team);
    }

    /** Bundles and single changes that gain a level, best first, the values of one practice merged. */
    public NextSteps nextSteps(TeamProfile team) {
        return new NextStepsRanking(advisor, this).rank(team);
    }

    /** Every single-practice change that newly meets a criterion in the given models, ranked by the levels it adds. */
    public ImpactResult impact(TeamProfile team, Set<String> modelIds) {
        Set<String> scope = modelIds.isEmpty() ? advisor.models().stream().map(MaturityModel::id)
                .collect(Collectors.toCollection(LinkedHashSet::new)) : modelIds;
        scope.forEach(id -> model(id, "models"));
        return new ImpactRanking(advisor, team, scope).rank();
    }

    /**
     * Drops every change the target can do without (the most expensive first), then lowers each kept change to the
     * lowest answer that still reaches it. Reaching a level never needs a lower answer, so one pass leaves a set from
     * which no change can be dropped. Only this model's efforts decide which change is tried first, and a kept change
     * keeps its place: another model's table never changes this model's path.
     */
    private void minimise(MaturityModel model, Map<String, Answer> changes, Answers base, int goal,
                          Function<Answers, ModelAssessment> assess) {
        List<String> order = new ArrayList<>(changes.keySet());
        order.sort(Comparator.comparing((String p) -> effortOfPractice(model, p, changes.get(p))).reversed());
        for (String practice : order) {
            Map<String, Answer> without = new LinkedHashMap<>(changes);
            without.remove(practice);
            if (assess.apply(apply(base, without.values())).level() >= goal) {
                changes.remove(practice);
            }
        }
        for (Map.Entry<String, Answer> change : changes.entrySet()) {
            Practice practice = advisor.catalog().find(change.getKey()).orElseThrow();
            int lowest = base.get(change.getKey()).map(a -> a.rank() + 1).orElse(0);
            for (int rank = lowest; rank < change.getValue().rank(); rank++) {
                Answer lower = new Answer(practice.id(), practice.choices().get(rank), rank).proven();
                Map<String, Answer> trial = new LinkedHashMap<>(changes);
                trial.put(change.getKey(), lower);
                if (assess.apply(apply(base, trial.values())).level() >= goal) {
                    change.setValue(lower);
                    break;
                }
            }
        }
    }

    /**
     * The steps in plan order (rules/README.md, "How plans order steps"): by the lowest level each clears, then by its
     * effort in this model (the largest this model's blocking criteria give it), then by the table row of the first
     * criterion it clears, then by practice id. Nothing of another model takes part.
     */
    private List<PathStep> steps(MaturityModel model, ModelAssessment base, int goal, Map<String, Answer> changes,
                                 Answers answers) {
        Map<String, Integer> tableOrder = new HashMap<>();
        model.criteria().stream().sorted(Comparator.comparing((Criterion c) -> c.source().file())
                        .thenComparingInt(c -> c.source().row()))
                .forEach(criterion -> tableOrder.putIfAbsent(criterion.id(), tableOrder.size()));
        List<Blocker> blockers = blockersUpTo(base, goal);
        List<PathStep> steps = new ArrayList<>();
        for (Answer change : changes.values()) {
            Practice practice = advisor.catalog().find(change.practice()).orElseThrow();
            List<Blocker> cleared = blockers.stream().filter(b -> b.practice().equals(change.practice())
                    && practice.rankOf(b.required()).orElseThrow() <= change.rank())
                    .sorted(Comparator.comparingInt(Blocker::level)).toList();
            List<Blocker> served = cleared.isEmpty() ? blockers.stream()
                    .filter(b -> b.practice().equals(change.practice())).toList() : cleared;
            Blocker first = served.get(0);
            Effort effort = served.stream().map(Blocker::effort)
                    .max(Comparator.naturalOrder()).orElseThrow();
            steps.add(new PathStep(change.practice(), answers.get(change.practice()).map(Answer::value).orElse(null),
                    change.value(), first.level(), effort, first.remediation(), served.stream()
                    .map(b -> new PathStep.PathCriterion(b.criterion(), b.text(), b.level(), b.required())).toList()));
        }
        steps.sort(Comparator.comparingInt(PathStep::level)
                .thenComparing(PathStep::effort)
                .thenComparingInt(step -> step.criteria().stream()
                        .mapToInt(c -> tableOrder.getOrDefault(c.criterion(), Integer.MAX_VALUE)).min()
                        .orElse(Integer.MAX_VALUE))
                .thenComparing(PathStep::practice));
        return steps;
    }

    private static String summary(MaturityModel model, int from, int goal, List<PathStep> steps) {
        Map<Effort, Long> byEffort = steps.stream()
                .collect(Collectors.groupingBy(PathStep::effort, LinkedHashMap::new, Collectors.counting()));
        return "From level " + from + " to level " + goal + " of the " + model.name() + ": " + steps.size()
                + (steps.size() == 1 ? " change" : " changes") + " (" + byEffort.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "))
                + "); none can be dropped.";
    }

    /** Every blocker listed under the levels above the one reached, up to {@code goal}. */
    private static List<Blocker> blockersUpTo(ModelAssessment result, int goal) {
        return result.blockedLevels().stream().filter(level -> level.level() <= goal)
                .map(BlockedLevel::blockers).flatMap(List::stream).toList();
    }

    /** The team with the changes applied in order; a change to null makes the practice unknown again. */
    public static TeamProfile apply(TeamProfile team, List<PracticeChange> changes) {
        Answers answers = team.answers();
        for (PracticeChange change : changes) {
            answers = change.to() == null ? answers.without(change.practice()) : answers.with(change.to());
        }
        return new TeamProfile(team.team(), team.context(), answers);
    }

    /** The team as if every answer were evidenced, confirmed by a second person and fresh ({@link Answer#proven()}). */
    public static TeamProfile proven(TeamProfile team) {
        Answers answers = team.answers();
        for (Answer answer : team.answers().all()) {
            answers = answers.with(answer.proven());
        }
        return new TeamProfile(team.team(), team.context(), answers);
    }

    private static Answers apply(Answers base, Collection<Answer> changes) {
        Answers answers = base;
        for (Answer change : changes) {
            answers = answers.with(change);
        }
        return answers;
    }

    /**
     * A planned answer: the value, backed as any table may ask (evidence a second person confirmed, fresh), since a
     * step of a plan is doing the practice and showing it; a bare claim would never clear Needs evidence.
     */
    private Answer answerAt(String practiceId, String value) {
        Practice practice = advisor.catalog().find(practiceId).orElseThrow();
        return new Answer(practiceId, value, practice.rankOf(value).orElseThrow()).proven();
    }

    private MaturityModel model(String id, String field) {
        return advisor.models().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInputException("simulation", List.of(new InputError(field, "unknown model "
                        + org.maturityadvisor.catalog.Echo.quoted(id) + "; one of " + advisor.models().stream().map(MaturityModel::id).toList()))));
    }

    /** The largest effort among this model's criteria that ask this practice for at most this answer. */
    private static Effort effortOfPractice(MaturityModel model, String practiceId, Answer answer) {
        return model.criteria().stream()
                .filter(c -> c.practice().equals(practiceId) && c.requiredRank() <= answer.rank())
                .map(Criterion::effort).max(Comparator.naturalOrder()).orElse(Effort.MEDIUM);
    }

}
