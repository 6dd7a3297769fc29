package org.maturityadvisor.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.simulation.ModelDiff;

import tools.jackson.databind.JsonNode;

/**
 * One team (or scenario) under the active version and the draft: whether its level or score changes in some model,
 * and the criteria responsible. Only a team the {@link ImpactScope} says the draft may move is assessed, and under the
 * active version only when no stored result of that version stands in for it. Thread-safe: advisors are.
 */
final class Comparison {

    private final Advisor current;
    private final Advisor draft;
    private final ImpactScope scope;
    private final boolean sameCatalog;
    private final AtomicInteger draftAssessed = new AtomicInteger();
    private final AtomicInteger activeAssessed = new AtomicInteger();

    Comparison(Advisor current, Advisor draft, ImpactScope scope, boolean sameCatalog) {
        this.current = current;
        this.draft = draft;
        this.scope = scope;
        this.sameCatalog = sameCatalog;
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
        return !team.valid() || scope.mayMove(team.before(), team.after());
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
        if (!scope.mayMove(team.before(), team.after(), before)) {
            return Optional.empty();
        }
        draftAssessed.incrementAndGet();
        // Most teams keep their levels: the unexplained outcome says whether any moved; only then is it explained
        if (gated == null && draft.outcomes(team.after()).stream()
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
