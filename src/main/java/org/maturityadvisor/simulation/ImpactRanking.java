package org.maturityadvisor.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.ModelOutcome;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Effort;

/**
 * Every single-practice change that newly meets a criterion in the given models, ranked by the levels it adds. The
 * changes are evaluated as variants of the team on incremental sessions, in two halves on two sessions: the second
 * half is handed to the common fork-join pool while this thread evaluates the first, and taken back to run here when
 * no worker has started it (a busy machine). Each variant is evaluated on its own answers, so the halves give what
 * one session would; the ranking is a stable sort of the impacts in the order of the changes.
 */
final class ImpactRanking {

    /** One change a ranking tries: a practice's answer raised to {@code to} from {@code current} (-1: unanswered). */
    private record Change(Practice practice, int current, Answer to) {
    }

    private final Advisor advisor;
    private final TeamProfile team;
    private final Set<String> scope;
    private final Map<String, Effort> efforts;

    ImpactRanking(Advisor advisor, TeamProfile team, Set<String> scope) {
        this.advisor = advisor;
        this.team = team;
        this.scope = scope;
        this.efforts = advisor.models().stream().flatMap(m -> m.criteria().stream())
                .collect(Collectors.toMap(Criterion::id, Criterion::effort, (a, b) -> a));
    }

    ImpactResult rank() {
        List<Change> changes = changes();
        int half = changes.size() / 2;
        List<ImpactResult.Impact> impacts = new ArrayList<>();
        try (Advisor.Variants variants = advisor.variants(team, scope)) {
            Map<String, ModelOutcome> before = variants.outcomes(team.answers()).stream()
                    .collect(Collectors.toMap(ModelOutcome::model, o -> o));
            ForkJoinTask<List<ImpactResult.Impact>> second = ForkJoinTask.adapt(() -> {
                try (Advisor.Variants own = advisor.variants(team, scope)) {
                    return impacts(own, before, changes.subList(half, changes.size()));
                }
            }).fork();
            impacts.addAll(impacts(variants, before, changes.subList(0, half)));
            impacts.addAll(second.tryUnfork() ? second.invoke() : second.join());
        }
        impacts.sort(Comparator.comparingInt(ImpactResult.Impact::totalGain).reversed()
                .thenComparing(i -> -i.criteriaNewlyMet().size())
                .thenComparing(ImpactResult.Impact::effort));
        return new ImpactResult(List.copyOf(scope), 1 + changes.size(), impacts);
    }

    /** Every higher answer of every practice a criterion in scope asks about, in the catalog's order. */
    private List<Change> changes() {
        Set<String> practices = advisor.models().stream().filter(m -> scope.contains(m.id()))
                .flatMap(m -> m.criteria().stream()).map(Criterion::practice).collect(Collectors.toSet());
        List<Change> changes = new ArrayList<>();
        for (Practice practice : advisor.catalog().practices()) {
            if (practices.contains(practice.id())) {
                int current = team.answers().get(practice.id()).map(Answer::rank).orElse(-1);
                for (int rank = current + 1; rank < practice.choices().size(); rank++) {
                    // a proposed change is the practice done and shown, as any table may ask (evidence, fresh)
                    changes.add(new Change(practice, current, new Answer(practice.id(), practice.choices().get(rank),
                            rank).proven()));
                }
            }
        }
        return changes;
    }

    private List<ImpactResult.Impact> impacts(Advisor.Variants variants, Map<String, ModelOutcome> before,
                                              List<Change> changes) {
        List<ImpactResult.Impact> impacts = new ArrayList<>();
        for (Change change : changes) {
            List<ModelOutcome> after = variants.outcomes(team.answers().with(change.to()));
            impact(change, before, after).ifPresent(impacts::add);
        }
        return impacts;
    }

    private Optional<ImpactResult.Impact> impact(Change change, Map<String, ModelOutcome> before,
                                                 List<ModelOutcome> after) {
        List<ImpactResult.Gain> gains = new ArrayList<>();
        List<String> newlyMet = new ArrayList<>();
        Effort effort = null;
        int total = 0;
        for (ModelOutcome model : after) {
            ModelOutcome was = before.get(model.model());
            gains.add(new ImpactResult.Gain(model.model(), was.level(), model.level(), was.score(), model.score()));
            total += model.level() - was.level();
            for (Map.Entry<String, Double> now : model.met().entrySet()) {
                Double points = was.met().get(now.getKey());
                boolean newly = !was.met().containsKey(now.getKey());
                boolean rose = now.getValue() != null && points != null && points < now.getValue();
                if (newly || rose) {
                    newlyMet.add(now.getKey());
                    Effort criterionEffort = effortOf(now.getKey());
                    effort = effort == null || criterionEffort.compareTo(effort) > 0 ? criterionEffort : effort;
                }
            }
        }
        if (newlyMet.isEmpty()) {
            return Optional.empty();
        }
        Practice practice = change.practice();
        return Optional.of(new ImpactResult.Impact(practice.id(),
                change.current() < 0 ? null : practice.choices().get(change.current()), change.to().value(), total,
                gains, newlyMet, effort));
    }

    private Effort effortOf(String criterion) {
        Effort effort = efforts.get(criterion);
        if (effort == null) {
            throw new IllegalStateException("the rules met criterion " + criterion + ", which no model defines");
        }
        return effort;
    }
}
