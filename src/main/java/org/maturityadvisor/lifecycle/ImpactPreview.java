package org.maturityadvisor.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleCompiler;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.store.LatestInputs;

/**
 * The impact preview: every stored team's newest input and every scenario's team under the active version and the
 * draft, and each one whose level or score changes in some model. The stored teams are read a page at a time while
 * earlier pages are compared on a small pool (one worker per core); a team the draft cannot move ({@link ImpactScope})
 * is not assessed at all, and a team whose newest result the active version produced is assessed under the draft
 * only, its stored levels standing in for the active version's. Teams and scenarios come out in the order they are
 * read (team id, scenario file), so the report is the same as assessing every team twice, one after another.
 */
final class ImpactPreview {

    /** Teams read per query and compared per task: large enough that a query costs little per team. */
    static final int PAGE = 500;

    private final LatestInputs store;
    private final Function<String, Optional<LoadedRuleSet>> versions;
    private final int workers;
    private final int pageSize;

    /** @param versions a stored version by its id, compiled; empty when it is not stored or no longer loads */
    ImpactPreview(LatestInputs store, Function<String, Optional<LoadedRuleSet>> versions, int workers) {
        this(store, versions, workers, PAGE);
    }

    ImpactPreview(LatestInputs store, Function<String, Optional<LoadedRuleSet>> versions, int workers,
                  int pageSize) {
        this.store = store;
        this.versions = versions;
        this.workers = Math.max(1, workers);
        this.pageSize = pageSize;
    }

    /**
     * The impact, and how much of it was assessed (for the log and the benchmarks): teams and scenarios assessed
     * under the draft, and under the active version (the others' stored results stood in, or they needed neither);
     * the distinct answer sets evaluated under the draft for the teams (those that shared one were counted, not
     * evaluated again).
     */
    record Preview(DraftReport.Impact impact, int draftAssessed, int activeAssessed, String scope,
                   int draftEvaluated) {
    }

    /**
     * @param gated the draft's result for each scenario the gate assessed (its input, before any what-if change)
     */
    Preview of(LoadedRuleSet current, LoadedRuleSet draft, List<Scenario> scenarios,
               Map<Scenario, AssessmentResult> gated) {
        ImpactScope scope = ImpactScope.between(current, draft);
        boolean readAlike = ImpactScope.readAlike(current, draft);
        // the draft can move a team only in the models it touches (when it reads every input alike): compare those
        Optional<Set<String>> touched = scope.touched().filter(models -> readAlike && !models.isEmpty()
                && models.size() < current.advisor().models().size());
        Comparison comparison = touched.map(models -> new Comparison(only(current, models), only(draft, models),
                        scope, true, models))
                .orElseGet(() -> new Comparison(current.advisor(), draft.advisor(), scope, readAlike));
        Run run = new Run(comparison, current, new EarlierVersions(current, versions));
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "impact-preview");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<DraftReport.Change>>> scenarioWork = scenarios.stream()
                    .map(scenario -> pool.submit(() -> run.scenario(scenario, gated.get(scenario)))).toList();
            Teams teams = teams(pool, run);
            List<DraftReport.Change> scenarioChanges = new ArrayList<>();
            for (Future<List<DraftReport.Change>> work : scenarioWork) {
                scenarioChanges.addAll(join(work));
            }
            DraftReport.Impact impact = new DraftReport.Impact(current.version(), teams.checked(), scenarios.size(),
                    teams.changes(), scenarioChanges);
            return new Preview(impact, comparison.draftAssessed(), comparison.activeAssessed(),
                    scope.everyoneBecause().orElse(describe(scope, comparison)), comparison.draftEvaluated());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Teams(int checked, List<DraftReport.Change> changes) {
    }

    /** What was compared, for the log: which models, and how many distinct answer sets were evaluated. */
    private static String describe(ImpactScope scope, Comparison comparison) {
        String what = scope.reshaped().isEmpty() ? scope.differing() + " criteria differ"
                : "the levels or dimensions of " + String.join(", ", scope.reshaped()) + " differ";
        return comparison.models() == null ? what : what + "; compared in " + String.join(", ",
                comparison.models().stream().sorted().toList()) + " only, " + comparison.draftEvaluated()
                + " distinct answer sets evaluated";
    }

    /**
     * A rule set's advisor narrowed down to these models (the same DRL, only their definitions in its sessions):
     * their levels and scores are those of the whole rule set, without evaluating the other models.
     */
    private static Advisor only(LoadedRuleSet ruleSet, Set<String> models) {
        Definitions definitions = ruleSet.advisor().definitions().only(models);
        return new Advisor(ruleSet.version(), ruleSet.advisor().catalog(), definitions, RuleCompiler.installed()
                .compile(definitions, ruleSet.files().stream().filter(RuleFile::isDrl).toList()));
    }

    /** Pages read here, compared on the pool; at most two pages per worker wait, so memory stays flat. */
    private Teams teams(ExecutorService pool, Run run) {
        List<DraftReport.Change> changes = new ArrayList<>();
        Deque<Future<List<DraftReport.Change>>> pending = new ArrayDeque<>();
        String after = "";
        int checked = 0;
        while (true) {
            List<LatestInputs.TeamInput> page = store.page(after, pageSize);
            checked += page.size();
            if (!page.isEmpty()) {
                pending.add(pool.submit(() -> run.page(page)));
                after = page.get(page.size() - 1).teamId();
            }
            while (!pending.isEmpty() && (pending.size() > 2 * workers || page.size() < pageSize)) {
                changes.addAll(join(pending.poll()));
            }
            if (page.size() < pageSize) {
                return new Teams(checked, changes);
            }
        }
    }

    /** The work of one preview: a page of teams, or one scenario. */
    private final class Run {
        private final Comparison comparison;
        private final String version;
        private final Set<String> models;
        private final EarlierVersions earlier;

        Run(Comparison comparison, LoadedRuleSet current, EarlierVersions earlier) {
            this.comparison = comparison;
            this.version = current.version();
            this.models = current.advisor().models().stream().map(MaturityModel::id).collect(Collectors.toSet());
            this.earlier = earlier;
        }

        List<DraftReport.Change> page(List<LatestInputs.TeamInput> page) {
            try (LatestInputs.Inputs inputs = store.inputs()) {
                return page(page, inputs);
            }
        }

        private List<DraftReport.Change> page(List<LatestInputs.TeamInput> page, LatestInputs.Inputs inputs) {
            Comparison.Read[] reads = new Comparison.Read[page.size()];
            boolean[] assess = new boolean[page.size()];
            List<Long> reusable = new ArrayList<>();
            for (int i = 0; i < reads.length; i++) {
                LatestInputs.TeamInput team = page.get(i);
                reads[i] = comparison.read(() -> TeamInputReader.parse(inputs.of(team)));
                assess[i] = reads[i].valid() && comparison.mayMove(reads[i]);
                if (assess[i] && (version.equals(team.rulesetVersion()) || earlier.usable(team.rulesetVersion()))) {
                    reusable.add(team.assessmentId());
                }
            }
            Map<Long, List<LatestInputs.StoredStanding>> stored = store.standings(reusable);
            List<DraftReport.Change> changes = new ArrayList<>();
            for (int i = 0; i < reads.length; i++) {
                LatestInputs.TeamInput team = page.get(i);
                if (!reads[i].valid()) {
                    changes.add(new DraftReport.Change(team.teamId(), team.name() + " (answers no longer valid: "
                            + reads[i].invalid().errors().get(0).field() + ")", List.of()));
                } else if (assess[i]) {
                    comparison.change(team.teamId(), team.name(), reads[i], standIn(team, reads[i],
                            stored.get(team.assessmentId())), null).ifPresent(changes::add);
                }
            }
            return changes;
        }

        List<DraftReport.Change> scenario(Scenario scenario, AssessmentResult gated) {
            Comparison.Read read = comparison.read(scenario::input, scenario.options());
            if (!read.valid()) {
                return List.of(new DraftReport.Change(scenario.file(), scenario.name() + " (input no longer valid)",
                        List.of()));
            }
            if (!comparison.mayMove(read)) {
                return List.of();
            }
            return comparison.change(scenario.file(), scenario.name(), read, null, gated).stream().toList();
        }

        /**
         * Stored levels stand in for the active version's result only when they cover every one of its models, and
         * when an earlier version produced them, only where the rules did not change for the team since; the stored
         * blockers count only when they are of the level above.
         */
        private Map<String, Standing> standIn(LatestInputs.TeamInput team, Comparison.Read read,
                                              List<LatestInputs.StoredStanding> stored) {
            if (stored == null) {
                return null;
            }
            Map<String, Standing> byModel = new HashMap<>();
            for (LatestInputs.StoredStanding level : stored) {
                boolean next = level.blockedLevel() != null && level.blockedLevel() == level.level() + 1;
                byModel.put(level.model(), new Standing(level.level(), level.score(),
                        next ? Set.copyOf(level.blockers()) : Set.of()));
            }
            if (!byModel.keySet().equals(models)) {
                return null;
            }
            return version.equals(team.rulesetVersion()) ? byModel
                    : earlier.carry(team.rulesetVersion(), read.before(), byModel, comparison.models());
        }
    }

    private static <T> T join(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the impact preview was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
