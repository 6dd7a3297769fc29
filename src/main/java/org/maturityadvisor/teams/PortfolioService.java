package org.maturityadvisor.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.GroupCounts;
import org.maturityadvisor.store.Portfolio;
import org.maturityadvisor.store.PortfolioQuery;
import org.maturityadvisor.store.PortfolioStore;
import org.maturityadvisor.store.PortfolioTeam;
import org.maturityadvisor.store.PortfolioTeams;
import org.maturityadvisor.store.StoredLevel;
import org.maturityadvisor.store.TeamStore;
import org.springframework.stereotype.Service;

/**
 * The portfolio in the active rule set's words: counts, blockers and trend over every team's newest assessment, and
 * the team list filtered, sorted and paged by the database. Models in the active rules come in their order; a model
 * the active rules no longer have is left out of the counts (its teams still list, by their other models).
 */
@Service
public class PortfolioService {

    /** How many overviews (one per reading: the teams a caller may read, a group filter) are kept. */
    static final int CACHED = 64;

    private final ActiveRuleSet ruleSet;
    private final TeamStore teams;
    private final PortfolioStore store;
    private final GroupCounts groupCounts;
    private final TeamScope scope;
    private final Clock clock;
    /** The last overviews and what each was computed from: reused while nothing it reads has changed. */
    private final Map<Key, PortfolioView> cached = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, PortfolioView> eldest) {
                    return size() > CACHED;
                }
            });

    private record Key(PortfolioStore.Stamp stamp, String rulesetVersion, int topBlockers, YearMonth month,
                       TeamSet teams, String group) {
    }

    PortfolioService(ActiveRuleSet ruleSet, TeamStore teams, PortfolioStore store, GroupCounts groupCounts,
                     TeamScope scope, Clock clock) {
        this.ruleSet = ruleSet;
        this.teams = teams;
        this.store = store;
        this.groupCounts = groupCounts;
        this.scope = scope;
        this.clock = clock;
    }

    public List<MaturityModel> models() {
        return ruleSet.get().models();
    }

    /** Over every team the caller may read. */
    public PortfolioView overview(int topBlockers) {
        return overview(topBlockers, null);
    }

    /**
     * Over the teams the caller may read in {@code group} and below (null: all of them), rolled up per unit (per
     * sub-group of {@code group}).
     *
     * @throws org.maturityadvisor.catalog.InvalidInputException naming {@code group} when the caller may not read it
     */
    public PortfolioView overview(int topBlockers, String group) {
        String within = group == null || group.isBlank() ? null : group.strip();
        return overview(topBlockers, scope.readable(within), within);
    }

    /**
     * Counts, blockers, trend and roll-up over the teams of {@code set}, computed again only when a team or an
     * assessment was added, the organisation changed (a move, an archive), the active rules or the month changed since
     * the last call for the same teams (a cheap read of the store says which): with 10,000 teams the aggregates cost
     * far more than that read.
     */
    public PortfolioView overview(int topBlockers, TeamSet set, String within) {
        Advisor advisor = ruleSet.get();
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        TeamSet counted = set.withArchived(false);
        Key key = new Key(store.stamp(), advisor.version(), topBlockers, now, counted, within);
        PortfolioView last = cached.get(key);
        if (last != null) {
            return last;
        }
        PortfolioView view = computed(advisor, topBlockers, now, counted, within);
        cached.put(key, view);
        return view;
    }

    private PortfolioView computed(Advisor advisor, int topBlockers, YearMonth now, TeamSet set, String within) {
        Portfolio counted = teams.portfolio(topBlockers, set);
        Map<String, Portfolio.ModelDistribution> byModel = new LinkedHashMap<>();
        counted.models().forEach(model -> byModel.put(model.model(), model));
        List<PortfolioView.ModelView> models = new ArrayList<>();
        for (MaturityModel model : advisor.models()) {
            models.add(view(model, Optional.ofNullable(byModel.get(model.id()))));
        }
        var changes = store.changes(set);
        List<PortfolioView.ModelTrend> trend = advisor.models().stream()
                .map(model -> PortfolioTrend.of(model, changes, now)).toList();
        RollUp rollUp = RollUp.of(scope.tree(), within, set, groupCounts.levels(set), advisor.models());
        return new PortfolioView(counted.teams(), counted.assessedTeams(), advisor.version(), models, trend, within,
                rollUp);
    }

    private static PortfolioView.ModelView view(MaturityModel model, Optional<Portfolio.ModelDistribution> counted) {
        Map<Integer, Integer> teamsAt = new LinkedHashMap<>();
        counted.ifPresent(c -> c.levels().forEach(level -> teamsAt.put(level.level(), level.teams())));
        List<PortfolioView.LevelView> levels = model.levels().stream().map(level -> new PortfolioView.LevelView(
                level.number(), level.name(), teamsAt.getOrDefault(level.number(), 0),
                PortfolioView.shade(level.number(), model.topLevel()))).toList();
        Map<String, String> texts = new LinkedHashMap<>();
        model.criteria().forEach(criterion -> texts.put(criterion.id(), criterion.text()));
        List<PortfolioView.BlockerView> blockers = counted.map(Portfolio.ModelDistribution::commonBlockers)
                .orElse(List.of()).stream().map(b -> new PortfolioView.BlockerView(model.id(), model.name(),
                        b.criterion(), texts.getOrDefault(b.criterion(), b.criterion()), b.teams())).toList();
        return new PortfolioView.ModelView(model.id(), model.name(), model.topLevel(), levels, blockers);
    }

    /** The criteria holding most teams back over every model, most first: what the blocker chart shows. */
    public static List<PortfolioView.BlockerView> topBlockers(PortfolioView view, int n) {
        return view.models().stream().flatMap(model -> model.commonBlockers().stream())
                .sorted(Comparator.comparingInt(PortfolioView.BlockerView::teams).reversed()
                        .thenComparing(PortfolioView.BlockerView::modelName)
                        .thenComparing(PortfolioView.BlockerView::criterion))
                .limit(n).toList();
    }

    /** @throws org.maturityadvisor.catalog.InvalidInputException naming each parameter at fault */
    public PortfolioTeamsView teams(Map<String, String> parameters) {
        List<MaturityModel> models = models();
        PortfolioQuery query = PortfolioFilter.read(parameters, models, scope.tree(), scope.readable());
        PortfolioTeams found = store.teams(query, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        MaturityModel chosen = models.stream().filter(m -> m.id().equals(query.model())).findFirst().orElseThrow();
        String blockerText = query.blocker() == null ? null : models.stream()
                .filter(m -> m.id().equals(query.blockerModel())).flatMap(m -> m.criteria().stream())
                .filter(c -> c.id().equals(query.blocker())).map(Criterion::text).findFirst().orElse(null);
        int pages = (int) Math.max(1, Math.min((found.total() + query.size() - 1) / query.size(),
                PortfolioFilter.MAX_DEPTH / query.size()));
        return new PortfolioTeamsView(query, chosen.name(), blockerText, found.total(), pages,
                found.teams().stream().map(team -> row(team, models)).toList());
    }

    private static PortfolioTeamsView.TeamRow row(PortfolioTeam team, List<MaturityModel> models) {
        Map<String, StoredLevel> levels = new LinkedHashMap<>();
        team.levels().forEach(level -> levels.put(level.model(), level));
        List<PortfolioTeamsView.Cell> cells = models.stream().map(model -> {
            StoredLevel level = levels.get(model.id());
            return level == null ? new PortfolioTeamsView.Cell(model.id(), model.name(), null, null,
                    model.topLevel(), 0)
                    : new PortfolioTeamsView.Cell(model.id(), model.name(), level.level(), level.levelName(),
                    model.topLevel(), PortfolioView.shade(level.level(), model.topLevel()));
        }).toList();
        PortfolioTeamsView.Target target = null;
        if (team.targetModel() != null) {
            Optional<MaturityModel> model = models.stream().filter(m -> m.id().equals(team.targetModel())).findFirst();
            StoredLevel current = levels.get(team.targetModel());
            target = new PortfolioTeamsView.Target(team.targetModel(), model.map(MaturityModel::name)
                    .orElse(team.targetModel()), team.targetLevel(), model.flatMap(m -> m.levels().stream()
                    .filter(l -> l.number() == team.targetLevel()).findFirst()).map(Level::name).orElse(""),
                    current == null ? null : current.level(), team.gap());
        }
        LocalDate day = team.lastChange() == null ? null
                : team.lastChange().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        return new PortfolioTeamsView.TeamRow(team.id(), team.name(), day, cells, target, team.staleAnswers(),
                team.unconfirmedAnswers(), team.claimedAnswers());
    }
}
