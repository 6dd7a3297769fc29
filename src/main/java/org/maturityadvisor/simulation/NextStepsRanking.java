package org.maturityadvisor.simulation;

import org.maturityadvisor.definition.NotGiven;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.MaturityModel;

/**
 * Ranks what a team can do next: each model's next-level least path from the current answers (the roadmap's first
 * bundle is one of them), and every practice's single change that gains a level (the impact ranking, with the values of
 * one practice merged into one option). Best first: most levels gained over all models, then the least effort, then
 * the fewest changes.
 */
final class NextStepsRanking {

    private static final Comparator<NextSteps.Option> BEST_FIRST = Comparator
            .comparingInt(NextSteps.Option::levelsGained).reversed()
            .thenComparing(NextSteps.Option::effort)
            .thenComparingInt(option -> option.steps().size());

    private final Advisor advisor;
    private final Simulator simulator;

    NextStepsRanking(Advisor advisor, Simulator simulator) {
        this.advisor = advisor;
        this.simulator = simulator;
    }

    NextSteps rank(TeamProfile team) {
        AssessmentResult base = advisor.assess(team);
        List<NextSteps.Option> changes = changes(team, base);
        Set<String> changed = changes.stream().map(option -> option.steps().get(0).practice())
                .collect(Collectors.toSet());
        // a bundle of one change is that practice's change, listed once with its other values
        List<NextSteps.Option> options = new ArrayList<>(bundles(team, base).stream()
                .filter(bundle -> bundle.steps().size() > 1 || !changed.contains(bundle.steps().get(0).practice()))
                .toList());
        options.addAll(changes);
        options.sort(BEST_FIRST);
        return new NextSteps(options);
    }

    private List<NextSteps.Option> bundles(TeamProfile team, AssessmentResult base) {
        // the roadmap's first bundle is always one of these: the least path to the next level of a model
        Map<Set<String>, RoadmapPlanner.Leg> legs = new LinkedHashMap<>();
        for (MaturityModel model : advisor.models()) {
            int level = base.model(model.id()).level();
            if (level < model.topLevel()) {
                PathResult path = simulator.path(team, model.id(), level + 1);
                if (path.reachable() && !path.steps().isEmpty()) {
                    add(legs, new RoadmapPlanner.Leg(model, level + 1, path.steps()));
                }
            }
        }
        List<NextSteps.Option> options = new ArrayList<>();
        for (RoadmapPlanner.Leg leg : legs.values()) {
            Roadmap.Bundle bundle = new RoadmapWalk(advisor, team).walk(List.of(leg)).get(0);
            int gained = bundle.gains().stream().mapToInt(Roadmap.LevelGain::gained).sum();
            if (gained > 0) {
                options.add(new NextSteps.Option(NextSteps.Kind.BUNDLE, "Reach level " + bundle.level() + " ("
                        + NotGiven.or(bundle.levelName()) + ") of the " + bundle.modelName() + " in " + count(bundle.steps().size()),
                        bundle.steps(), gained, bundle.gains(), largest(bundle.steps()), List.of()));
            }
        }
        return options;
    }

    private static void add(Map<Set<String>, RoadmapPlanner.Leg> legs, RoadmapPlanner.Leg leg) {
        Set<String> key = leg.steps().stream().map(s -> s.practice() + "=" + s.to())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        legs.putIfAbsent(Set.copyOf(key), leg);
    }

    private List<NextSteps.Option> changes(TeamProfile team, AssessmentResult base) {
        Set<String> all = advisor.models().stream().map(MaturityModel::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, List<ImpactResult.Impact>> byPractice = new ImpactRanking(advisor, team, all).rank().changes()
                .stream().filter(impact -> impact.totalGain() > 0)
                .collect(Collectors.groupingBy(ImpactResult.Impact::practice, LinkedHashMap::new, Collectors.toList()));
        List<NextSteps.Option> options = new ArrayList<>();
        for (List<ImpactResult.Impact> values : byPractice.values()) {
            Practice practice = advisor.catalog().find(values.get(0).practice()).orElseThrow();
            ImpactResult.Impact best = values.stream().min(Comparator.comparingInt(ImpactResult.Impact::totalGain)
                    .reversed().thenComparing(ImpactResult.Impact::effort)
                    .thenComparing(i -> practice.rankOf(i.to()).orElseThrow())).orElseThrow();
            options.add(option(team, base, practice, best, values));
        }
        return options;
    }

    private NextSteps.Option option(TeamProfile team, AssessmentResult base, Practice practice,
                                    ImpactResult.Impact best, List<ImpactResult.Impact> values) {
        Answer to = practice.answer(best.to()).proven();
        AssessmentResult after = advisor.assess(Simulator.apply(team, List.of(new PracticeChange(practice.id(), to))));
        List<Roadmap.Cleared> clears = RoadmapWalk.cleared(practice, to, base, after);
        List<Roadmap.LevelGain> gains = RoadmapWalk.gains(base, after);
        Roadmap.Step step = new Roadmap.Step(practice.id(), practice.question(), best.from(), best.to(),
                best.effort(), remediation(clears), clears, gains);
        List<NextSteps.Alternative> alternatives = values.stream().filter(i -> i != best)
                .sorted(Comparator.comparingInt(i -> practice.rankOf(i.to()).orElseThrow()))
                .map(i -> new NextSteps.Alternative(i.to(), i.totalGain())).toList();
        String title = "Change \u201c" + practice.question() + "\u201d from "
                + (best.from() == null ? "unanswered" : best.from()) + " to " + best.to();
        return new NextSteps.Option(NextSteps.Kind.CHANGE, title, List.of(step),
                gains.stream().mapToInt(Roadmap.LevelGain::gained).sum(), gains, best.effort(), alternatives);
    }

    private String remediation(List<Roadmap.Cleared> clears) {
        return clears.stream().sorted(Comparator.comparingInt(Roadmap.Cleared::level)).map(c -> criterion(c.criterion()))
                .findFirst().map(Criterion::remediation) // null when the table gives none: shown as "not given"
                .orElse(null);
    }

    private Criterion criterion(String id) {
        return advisor.models().stream().flatMap(m -> m.criteria().stream()).filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static Effort largest(List<Roadmap.Step> steps) {
        return steps.stream().map(Roadmap.Step::effort).max(Comparator.naturalOrder()).orElse(Effort.SMALL);
    }

    private static String count(int changes) {
        return changes + (changes == 1 ? " change" : " changes");
    }
}
