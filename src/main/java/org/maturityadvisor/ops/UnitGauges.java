package org.maturityadvisor.ops;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.store.GroupCounts;
import org.maturityadvisor.store.GroupStore;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The portfolio per unit of the organisation, as gauges labelled {@code group} (the unit's id, {@code none} for the
 * teams outside every unit): teams, teams assessed, teams per level per model, teams below their target, and what
 * their newest answers rest on. A sub-unit's teams count in its unit. Read from the database at each scrape; archived
 * teams never count. The totals without a label ({@code maturity_stale_answers}, ...) stay as they were.
 */
final class UnitGauges {

    static final String NONE = org.maturityadvisor.organisation.Group.OUTSIDE;

    private final GroupStore groups;
    private final GroupCounts counts;
    private final Clock clock;
    private final MultiGauge teams;
    private final MultiGauge assessed;
    private final MultiGauge atLevel;
    private final MultiGauge belowTarget;
    private final MultiGauge stale;
    private final MultiGauge unconfirmed;
    private final MultiGauge disagreements;

    UnitGauges(MeterRegistry registry, GroupStore groups, GroupCounts counts, Clock clock) {
        this.groups = groups;
        this.counts = counts;
        this.clock = clock;
        this.teams = gauge(registry, "maturity.group.teams", "teams in the unit and its sub-units, not archived");
        this.assessed = gauge(registry, "maturity.group.assessed.teams", "teams of the unit with a stored assessment");
        this.atLevel = gauge(registry, "maturity.group.level.teams",
                "teams of the unit at each level of each model, by their newest assessment");
        this.belowTarget = gauge(registry, "maturity.group.below.target.teams",
                "teams of the unit below the target their newest assessment advises");
        this.stale = gauge(registry, "maturity.group.stale.answers",
                "answers stale today over the newest assessments of the unit's teams");
        this.unconfirmed = gauge(registry, "maturity.group.unconfirmed.answers",
                "answers with evidence no second person has confirmed, over the unit's teams' newest assessments");
        this.disagreements = gauge(registry, "maturity.group.scan.disagreements",
                "answers of the unit's teams' newest assessments that disagree with their newest repository scan");
    }

    private static MultiGauge gauge(MeterRegistry registry, String name, String description) {
        return MultiGauge.builder(name).description(description).register(registry);
    }

    /** Reads the counts and sets every gauge: one row per unit (0 for an empty one), one for {@code none} if any. */
    void refresh() {
        GroupTree tree;
        List<GroupCounts.OfGroup> levels;
        List<GroupCounts.Answers> answers;
        try {
            tree = groups.tree();
            levels = counts.levels(TeamSet.active());
            answers = counts.answers(TeamSet.active(), LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        } catch (RuntimeException e) {
            return; // the database is away: the gauges keep their last values until the next scrape
        }
        Map<String, int[]> perUnit = new LinkedHashMap<>();
        tree.roots().forEach(unit -> perUnit.put(unit.id(), new int[6]));
        Map<List<String>, Integer> perLevel = new LinkedHashMap<>();
        for (GroupCounts.OfGroup ofGroup : levels) {
            String unit = unit(tree, ofGroup.groupId());
            int[] sums = perUnit.computeIfAbsent(unit, u -> new int[6]);
            sums[0] += ofGroup.teams();
            sums[1] += ofGroup.assessed();
            sums[2] += ofGroup.targets().stream().mapToInt(GroupCounts.TargetCount::below).sum();
            ofGroup.levels().forEach(level -> perLevel.merge(List.of(unit, level.model(),
                    String.valueOf(level.level())), level.teams(), Integer::sum));
        }
        for (GroupCounts.Answers ofGroup : answers) {
            int[] sums = perUnit.computeIfAbsent(unit(tree, ofGroup.groupId()), u -> new int[6]);
            sums[3] += ofGroup.stale();
            sums[4] += ofGroup.unconfirmed();
            sums[5] += ofGroup.disagreements();
        }
        set(teams, perUnit, 0);
        set(assessed, perUnit, 1);
        set(belowTarget, perUnit, 2);
        set(stale, perUnit, 3);
        set(unconfirmed, perUnit, 4);
        set(disagreements, perUnit, 5);
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        perLevel.forEach((key, n) -> rows.add(MultiGauge.Row.of(Tags.of("group", key.get(0), "model", key.get(1),
                "level", key.get(2)), n)));
        atLevel.register(rows, true);
    }

    private static void set(MultiGauge gauge, Map<String, int[]> perUnit, int index) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        perUnit.forEach((unit, sums) -> rows.add(MultiGauge.Row.of(Tags.of("group", unit), sums[index])));
        gauge.register(rows, true);
    }

    /** The unit a team of {@code groupId} counts in: the top of its group's path, none outside every group. */
    static String unit(GroupTree tree, String groupId) {
        return groupId == null ? NONE : tree.unitOf(groupId).map(Group::id).orElse(NONE);
    }
}
