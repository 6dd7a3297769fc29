package org.maturityadvisor.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.ModelOutcome;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.simulation.ModelDiff;

import tools.jackson.databind.JsonNode;

/**
 * One team (or scenario) under the active version and the draft: whether its level or score changes in some model,
 * and the criteria responsible. Only a team the {@link ImpactScope} says the draft may move is assessed, and under the
 * active version only when no stored result of that version stands in for it. When the draft touches only some models
 * (and reads every input as the active version does), the two advisors given hold only those models: the others'
 * levels and scores are the same under both versions by construction, and evaluating them would be wasted. Teams
 * that answer those models' practices alike (the same answers, with the same support, freshness and context) get
 * the same unexplained outcome, so it is evaluated once per distinct set of answers and counted for every team.
 * Thread-safe: advisors are, and so is the store of outcomes.
 */
final class Comparison {

    /** Distinct answer sets whose outcome is kept: bounded, so that a store of distinct teams keeps memory flat. */
    static final int KEPT = 100_000;

    private final Advisor current;
    private final Advisor draft;
    private final ImpactScope scope;
    private final boolean sameCatalog;
    /** The models compared (null: every model), and the practices their criteria read, in order. */
    private final Set<String> models;
    private final List<String> practices;
    private final Map<Key, List<ModelOutcome>> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger draftAssessed = new AtomicInteger();
    private final AtomicInteger activeAssessed = new AtomicInteger();
    private final AtomicInteger draftEvaluated = new AtomicInteger();

    Comparison(Advisor current, Advisor draft, ImpactScope scope, boolean sameCatalog) {
        this(current, draft, scope, sameCatalog, null);
    }

    /**
     * @param models the only models the two advisors hold and the draft may move a team in (null: every model, and
     *               no outcome is shared between teams)
     */
    Comparison(Advisor current, Advisor draft, ImpactScope scope, boolean sameCatalog, Set<String> models) {
        this.current = current;
        this.draft = draft;
        this.scope = scope;
        this.sameCatalog = sameCatalog;
        this.models = models == null ? null : Set.copyOf(models);
        this.practices = models == null ? List.of() : Stream.concat(current.models().stream(),
                        draft.models().stream()).flatMap(model -> model.criteria().stream())
                .map(Criterion::practice).distinct().sorted().toList();
    }

    /** Distinct answer sets evaluated under the draft (the teams assessed under it, less those that shared one). */
    int draftEvaluated() {
        return draftEvaluated.get();
    }

    /** Teams and scenarios compared under the draft so far (the others it could not move). */
    int draftAssessed() {
        return draftAssessed.get();
    }

    /** Teams and scenarios assessed under the active version so far (for the others a stored result stood in). */
    int activeAssessed() {
        return activeAssessed.get();
    }

    /** A team read under both catalogs; {@code invalid} when either refuses its input (its first problem). */
    record Read(TeamProfile before, TeamProfile after, InvalidInputException invalid) {

        boolean valid() {
            return invalid == null;
        }
    }

    /** The input read under the active catalog, then the draft's (once, when the catalogs are the same file). */
    Read read(Supplier<JsonNode> input) {
        return read(input, InputOptions.today());
    }

    /** The same, read as {@code options} say (a scenario: on its own day, so that freshness is its own). */
    Read read(Supplier<JsonNode> input, InputOptions options) {
        try {
            JsonNode json = input.get();
            TeamProfile before = TeamInputReader.read(json, current.catalog(), options);
            return new Read(before, sameCatalog ? before : TeamInputReader.read(json, draft.catalog(), options),
                    null);
        } catch (InvalidInputException e) {
            return new Read(null, null, e);
        }
    }

    /** Whether the draft may move this team, its levels under the active version not known. */
    boolean mayMove(Read team) {
        return !team.valid() || scope.mayMove(team.before(), team.after(), Map.of(), models);
    }

    /** The models compared, by id (null: every model). */
    Set<String> models() {
        return models;
    }

    /**
     * The models whose level or score the draft changes for this valid team, or empty. Where the team stands under
     * the active version (stored, or assessed here) first narrows down whether it needs assessing under the draft.
     *
     * @param stored where the team stands in each model by its stored result, when the active version produced it;
     *               else null
     * @param gated  the draft's result already computed (by the scenario gate), else null
     */
    Optional<DraftReport.Change> change(String id, String name, Read team, Map<String, Standing> stored,
                                        AssessmentResult gated) {
        Lazy was = new Lazy(() -> current.assess(team.before()));
        Map<String, Standing> before = stored != null ? stored : Standing.of(was.get());
        if (!scope.mayMove(team.before(), team.after(), before, models)) {
            return Optional.empty();
        }
        draftAssessed.incrementAndGet();
        // Most teams keep their levels: the unexplained outcome says whether any moved; only then is it explained
        if (gated == null && outcomes(team.after()).stream()
                .noneMatch(outcome -> moved(before.get(outcome.model()), outcome.level(), outcome.score()))) {
            return Optional.empty();
        }
        AssessmentResult now = gated != null ? gated : draft.assess(team.after());
        List<DraftReport.ModelImpact> moved = new ArrayList<>();
        for (ModelAssessment model : now.models()) {
            Standing old = before.get(model.model());
            if (moved(old, model.level(), model.score())) {
                moved.add(new DraftReport.ModelImpact(model.model(), old.level(), model.level(), old.score(),
                        model.score(), responsible(old.level(), () -> was.get().model(model.model()), model)));
            }
        }
        return moved.isEmpty() ? Optional.empty() : Optional.of(new DraftReport.Change(id, name, moved));
    }

    /**
     * The draft's unexplained outcome for these answers: evaluated, or that of a team read to the same answers in
     * every practice the compared models read and the same stated context (only when the models are narrowed down:
     * under the reasoned DRL nothing else enters their levels and scores).
     */
    private List<ModelOutcome> outcomes(TeamProfile team) {
        if (models == null) {
            draftEvaluated.incrementAndGet();
            return draft.outcomes(team);
        }
        Key key = Key.of(team, practices);
        List<ModelOutcome> known = outcomes.get(key);
        if (known != null) {
            return known;
        }
        draftEvaluated.incrementAndGet();
        List<ModelOutcome> evaluated = draft.outcomes(team).stream()
                .map(outcome -> new ModelOutcome(outcome.model(), outcome.level(), outcome.score(), Map.of())).toList();
        if (outcomes.size() < KEPT) {
            outcomes.putIfAbsent(key, evaluated);
        }
        return evaluated;
    }

    /**
     * What the rules read of a team for the compared models: per practice (in order) its answer's rank, support,
     * freshness and whether it is not applicable, or nothing when unanswered; and the stated context fields.
     */
    private record Key(String answers, Map<String, String> context) {

        static Key of(TeamProfile team, List<String> practices) {
            StringBuilder answers = new StringBuilder(practices.size() * 4);
            for (String practice : practices) {
                Optional<Answer> answer = team.answers().get(practice);
                if (answer.isEmpty()) {
                    answers.append('-');
                } else {
                    Answer given = answer.get();
                    answers.append(given.notApplicable() ? "n" : String.valueOf(given.rank()))
                            .append((char) ('a' + given.support().ordinal())).append(given.stale() ? '!' : '.');
                }
                answers.append(',');
            }
            return new Key(answers.toString(), team.context().declared());
        }
    }

    private static boolean moved(Standing old, int level, Double score) {
        return old != null && (old.level() != level || !Objects.equals(old.score(), score));
    }

    /** The active version's result, assessed only when a rise or a score change needs its blockers. */
    private final class Lazy {
        private final Supplier<AssessmentResult> assess;
        private AssessmentResult result;

        Lazy(Supplier<AssessmentResult> assess) {
            this.assess = assess;
        }

        AssessmentResult get() {
            if (result == null) {
                activeAssessed.incrementAndGet();
                result = assess.get();
            }
            return result;
        }
    }

    /**
     * When the level falls, the criteria that now block the levels lost (read off the draft's result alone); when it
     * rises, those that blocked the levels gained under the active version; at the same level, the criteria newly met
     * or no longer met.
     */
    private static List<DraftReport.Responsible> responsible(int levelBefore, Supplier<ModelAssessment> before,
                                                             ModelAssessment after) {
        List<DraftReport.Responsible> responsible = new ArrayList<>();
        if (after.level() < levelBefore) {
            blockers(after, after.level(), levelBefore, "now blocks level ", responsible);
        } else if (after.level() > levelBefore) {
            blockers(before.get(), levelBefore, after.level(), "no longer blocks level ", responsible);
        } else {
            ModelDiff diff = ModelDiff.between(before.get(), after);
            diff.criteriaNewlyMet().forEach(id -> responsible.add(new DraftReport.Responsible(id, after.level(), null,
                    null, null, "newly met")));
            diff.criteriaLost().forEach(id -> responsible.add(new DraftReport.Responsible(id, after.level(), null,
                    null, null, "no longer met")));
        }
        return responsible;
    }

    /** The blockers listed under the levels in (low, high] of a result. */
    private static void blockers(ModelAssessment result, int low, int high, String effect,
                                 List<DraftReport.Responsible> into) {
        result.blockedLevels().stream().filter(level -> level.level() > low && level.level() <= high)
                .forEach(level -> level.blockers().forEach(blocker -> into.add(new DraftReport.Responsible(
                        blocker.criterion(), level.level(), blocker.practice(), blocker.observed(),
                        blocker.required(), effect + level.level()))));
    }
}
