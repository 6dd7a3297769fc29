package org.maturityadvisor.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.store.GroupCounts;

/**
 * Levels rolled up one level down the organisation: per unit (under the whole organisation) or per sub-group (under a
 * group), each row its teams and those assessed, per model the teams at each level and the median level, and the gap
 * to target. Teams sitting directly in the group rolled up (or, under the organisation, in no group at all) make a
 * last row of their own. Each level rests on the teams' newest stored answers.
 *
 * @param within the group rolled up (null: the whole organisation)
 */
public record RollUp(String within, List<Row> rows) {

    public RollUp {
        rows = List.copyOf(rows);
    }

    /** The gap to target over every row. */
    public Gap gap() {
        return new Gap(rows.stream().mapToInt(row -> row.gap().targeted()).sum(),
                rows.stream().mapToInt(row -> row.gap().below()).sum(),
                rows.stream().mapToInt(row -> row.gap().levels()).sum());
    }

    /** The id a row of teams outside every unit carries where one is needed (a gauge's label). */
    public static final String NO_GROUP = "none";

    /**
     * One unit or sub-group and everything below it. {@code group} is null for the teams directly in the group rolled
     * up ({@code direct}); {@code name} says which in words.
     */
    public record Row(String group, String name, boolean direct, int teams, int assessed, List<ModelLevels> models,
                      Gap gap) {

        public Row {
            models = List.copyOf(models);
        }

        /** The teams at each level of {@code model}, in words: "level 0: 1, level 1: 2, level 2: 0". */
        public String distribution(String model) {
            return models.stream().filter(m -> m.model().equals(model)).findFirst()
                    .map(m -> String.join(", ", m.levels().stream()
                            .map(level -> "level " + level.level() + ": " + level.teams()).toList()))
                    .orElse("");
        }

        /** "3 teams, 2 assessed". */
        public String teamsWords() {
            return (teams == 1 ? "1 team" : teams + " teams") + ", " + assessed + " assessed";
        }
    }

    /** One model's levels over a row's teams: teams per level (each level with its shade) and the median level. */
    public record ModelLevels(String model, String name, int top, List<PortfolioView.LevelView> levels,
                              Integer median, String medianName) {

        public ModelLevels {
            levels = List.copyOf(levels);
        }

        /** "level 2 Defined", or "not assessed". */
        public String medianWords() {
            return median == null ? "not assessed" : "level " + median + " " + (medianName == null || medianName.isEmpty()
                    ? "(not given)" : medianName);
        }
    }

    /**
     * Of the teams with target advice ({@code targeted}), those below their target ({@code below}) and the levels
     * between them and it summed ({@code levels}).
     */
    public record Gap(int targeted, int below, int levels) {

        public String words() {
            if (targeted == 0) {
                return "no target advice";
            }
            if (below == 0) {
                return targeted == 1 ? "the 1 team with a target is at it" : "all " + targeted + " teams with a target are at it";
            }
            return below + " of " + targeted + " below target, " + (levels == 1 ? "1 level" : levels + " levels")
                    + " to go";
        }
    }

    /**
     * @param tree     the organisation's groups
     * @param within   the group to roll up (null: the organisation, one row per unit)
     * @param readable the teams the caller may read: a unit or sub-group outside it gets no row
     * @param counts   the counts per group of the teams being rolled up
     * @param models   the active models, in their order
     */
    public static RollUp of(GroupTree tree, String within, TeamSet readable, List<GroupCounts.OfGroup> counts,
                            List<MaturityModel> models) {
        Map<String, List<GroupCounts.OfGroup>> buckets = new LinkedHashMap<>();
        List<GroupCounts.OfGroup> direct = new ArrayList<>();
        for (GroupCounts.OfGroup ofGroup : counts) {
            Optional<String> child = childOn(tree, within, ofGroup.groupId());
            if (child.isPresent()) {
                buckets.computeIfAbsent(child.get(), id -> new ArrayList<>()).add(ofGroup);
            } else if (within == null ? ofGroup.groupId() == null || tree.group(ofGroup.groupId()).isEmpty()
                    : within.equals(ofGroup.groupId())) {
                direct.add(ofGroup);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Group child : within == null ? tree.roots() : tree.children(within)) {
            if (readable.wholeOrganisation() || readable.groups().contains(child.id())
                    || buckets.containsKey(child.id())) {
                rows.add(row(child.id(), child.name(), false, buckets.getOrDefault(child.id(), List.of()), models));
            }
        }
        if (!direct.isEmpty()) {
            rows.add(row(null, within == null ? "Not in a group" : "Directly in " + tree.group(within).map(Group::name)
                    .orElse(within), true, direct, models));
        }
        return new RollUp(within, rows);
    }

    /** The group directly under {@code within} on the way down to {@code groupId}, if {@code groupId} is below it. */
    private static Optional<String> childOn(GroupTree tree, String within, String groupId) {
        if (groupId == null) {
            return Optional.empty();
        }
        List<Group> path = tree.path(groupId);
        if (within == null) {
            return path.isEmpty() ? Optional.empty() : Optional.of(path.get(0).id());
        }
        for (int i = 0; i < path.size() - 1; i++) {
            if (path.get(i).id().equals(within)) {
                return Optional.of(path.get(i + 1).id());
            }
        }
        return Optional.empty();
    }

    private static Row row(String group, String name, boolean direct, List<GroupCounts.OfGroup> counts,
                           List<MaturityModel> models) {
        int teams = counts.stream().mapToInt(GroupCounts.OfGroup::teams).sum();
        int assessed = counts.stream().mapToInt(GroupCounts.OfGroup::assessed).sum();
        List<ModelLevels> levels = models.stream().map(model -> levels(model, counts)).toList();
        int targeted = 0;
        int below = 0;
        int gap = 0;
        for (GroupCounts.OfGroup ofGroup : counts) {
            for (GroupCounts.TargetCount target : ofGroup.targets()) {
                targeted += target.teams();
                below += target.below();
                gap += target.gapLevels();
            }
        }
        return new Row(group, name, direct, teams, assessed, levels, new Gap(targeted, below, gap));
    }

    private static ModelLevels levels(MaturityModel model, List<GroupCounts.OfGroup> counts) {
        Map<Integer, Integer> at = new LinkedHashMap<>();
        counts.forEach(ofGroup -> ofGroup.levels().stream().filter(level -> level.model().equals(model.id()))
                .forEach(level -> at.merge(level.level(), level.teams(), Integer::sum)));
        List<PortfolioView.LevelView> levels = model.levels().stream().map(level -> new PortfolioView.LevelView(
                level.number(), level.name(), at.getOrDefault(level.number(), 0),
                PortfolioView.shade(level.number(), model.topLevel()))).toList();
        Integer median = median(at);
        String medianName = median == null ? null : model.levels().stream().filter(l -> l.number() == median)
                .map(Level::name).findFirst().orElse(null);
        return new ModelLevels(model.id(), model.name(), model.topLevel(), levels, median, medianName);
    }

    /** The level of the middle team (the lower of the two middle ones for an even count); null for no team. */
    static Integer median(Map<Integer, Integer> teamsAt) {
        int total = teamsAt.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return null;
        }
        int middle = (total - 1) / 2;
        int seen = 0;
        for (int level : teamsAt.keySet().stream().sorted().toList()) {
            seen += teamsAt.get(level);
            if (seen > middle) {
                return level;
            }
        }
        return null;
    }
}
