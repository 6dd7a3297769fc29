package org.maturityadvisor.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TargetLevel;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.MaturityModel;

/**
 * Builds a roadmap from least paths: toward the target, one path per level of the target's model, each found with
 * the paths before it applied; without a target to follow, one path per model to its next level, smallest first.
 * The steps are then walked in order by {@link RoadmapWalk} to learn what each clears and unlocks in every model.
 */
final class RoadmapPlanner {

    /** A level of a model and the least changes that reach it, before the walk describes them. */
    record Leg(MaturityModel model, int level, List<PathStep> steps) {
    }

    private final Advisor advisor;
    private final Simulator simulator;

    RoadmapPlanner(Advisor advisor, Simulator simulator) {
        this.advisor = advisor;
        this.simulator = simulator;
    }

    Roadmap plan(TeamProfile team) {
        AssessmentResult base = advisor.assess(team);
        TargetLevel target = base.target();
        if (target != null && target.current() < target.target()) {
            return towardTarget(team, target);
        }
        return nextLevels(team, base);
    }

    private Roadmap towardTarget(TeamProfile team, TargetLevel target) {
        MaturityModel model = model(target.model());
        List<Leg> legs = new ArrayList<>();
        TeamProfile current = team;
        boolean reachable = true;
        String reason = target.reason();
        for (int level = target.current() + 1; level <= target.target(); level++) {
            PathResult path = simulator.path(current, model.id(), level);
            if (!path.reachable()) {
                reachable = false;
                reason = path.summary();
                break;
            }
            if (!path.steps().isEmpty()) {
                legs.add(new Leg(model, level, path.steps()));
                current = apply(current, path.steps());
            }
        }
        Roadmap.Goal goal = new Roadmap.Goal(model.id(), model.name(), target.current(), target.target(),
                target.targetName(), reachable, reason);
        return walk(team, goal, legs);
    }

    private Roadmap nextLevels(TeamProfile team, AssessmentResult base) {
        List<Leg> candidates = new ArrayList<>();
        for (MaturityModel model : advisor.models()) {
            int level = base.model(model.id()).level();
            if (level < model.topLevel()) {
                PathResult path = simulator.path(team, model.id(), level + 1);
                if (path.reachable()) {
                    candidates.add(new Leg(model, level + 1, path.steps()));
                }
            }
        }
        // smallest first; the table's model order breaks ties (a stable sort)
        candidates.sort(Comparator.comparingInt((Leg leg) -> leg.steps().size())
                .thenComparing(leg -> largest(leg.steps())));
        List<Leg> legs = new ArrayList<>();
        TeamProfile current = team;
        for (Leg candidate : candidates) {
            PathResult path = simulator.path(current, candidate.model().id(), candidate.level());
            if (path.reachable() && !path.steps().isEmpty()) {
                legs.add(new Leg(candidate.model(), candidate.level(), path.steps()));
                current = apply(current, path.steps());
            }
        }
        return walk(team, nextLevelsGoal(base, candidates.size(), risable(base)), legs);
    }

    private Roadmap.Goal nextLevelsGoal(AssessmentResult base, int reachable, int risable) {
        if (risable == 0) {
            return new Roadmap.Goal(null, null, 0, 0, null, true, "Every model is at its top level: nothing to change.");
        }
        boolean everyModelCanRise = reachable == risable;
        TargetLevel target = base.target();
        String lead = target == null ? "The rules advise no target level"
                : "The team is " + (target.current() == target.target() ? "at" : "above") + " its target, level "
                + target.target() + " (" + target.targetName() + ") of the " + target.modelName();
        String reason = lead + "; the roadmap leads to the next level of every model"
                + (everyModelCanRise ? "." : " that can still rise.");
        return new Roadmap.Goal(null, null, 0, 0, null, true, reason);
    }

    private int risable(AssessmentResult base) {
        return (int) advisor.models().stream().filter(m -> base.model(m.id()).level() < m.topLevel()).count();
    }

    private Roadmap walk(TeamProfile team, Roadmap.Goal goal, List<Leg> legs) {
        List<Roadmap.Bundle> bundles = new RoadmapWalk(advisor, team).walk(legs);
        return new Roadmap(team.team(), goal, bundles,
                Roadmap.Gap.of(bundles.stream().flatMap(b -> b.steps().stream()).toList()));
    }

    private TeamProfile apply(TeamProfile team, List<PathStep> steps) {
        return Simulator.apply(team, steps.stream().map(step -> new PracticeChange(step.practice(),
                advisor.catalog().find(step.practice()).orElseThrow().answer(step.to()).proven())).toList());
    }

    private static Effort largest(List<PathStep> steps) {
        return steps.stream().map(PathStep::effort).max(Comparator.naturalOrder()).orElse(Effort.SMALL);
    }

    private MaturityModel model(String id) {
        return advisor.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
