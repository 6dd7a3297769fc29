package org.maturityadvisor.simulation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.maturityadvisor.definition.Effort;

/**
 * The ordered changes that take a team toward its goal: bundles, each completing one level of one model once the
 * bundles before it are applied, and the size of the whole gap. Every level and criterion here was reported by the
 * rules for the team's answers with the earlier steps applied.
 */
public record Roadmap(String team, Goal goal, List<Bundle> bundles, Gap gap) {

    public Roadmap {
        bundles = List.copyOf(bundles);
    }

    /**
     * The level the roadmap leads to: the target table's advice when there is one, else the next level of every
     * model. {@code model} is null when there is no target advice to follow (none, or the team is already at it);
     * then {@code from} and {@code to} are 0 and the bundles lead to the next level of each model that can rise.
     * {@code reachable} is false when the rules say the goal cannot be reached, {@code reason} says why in words.
     */
    public record Goal(String model, String modelName, int from, int to, String levelName, boolean reachable,
                       String reason) {

        /** Whether the roadmap leads to the next level of every model rather than to a target. */
        public boolean nextLevels() {
            return model == null;
        }
    }

    /** Changes that together complete one level of one model, applied after the bundles before it. */
    public record Bundle(String model, String modelName, int level, String levelName, List<Step> steps,
                         List<LevelGain> gains) {

        public Bundle {
            steps = List.copyOf(steps);
            gains = List.copyOf(gains);
        }
    }

    /**
     * One change: set {@code practice} (asked as {@code question}) from {@code from} (null: unanswered) to {@code to}.
     * {@code clears} are the blocking criteria of every model it meets, {@code unlocks} the levels that change when it
     * is applied in roadmap order.
     */
    public record Step(String practice, String question, String from, String to, Effort effort, String remediation,
                       List<Cleared> clears, List<LevelGain> unlocks) {

        public Step {
            clears = List.copyOf(clears);
            unlocks = List.copyOf(unlocks);
        }
    }

    /**
     * A blocking criterion a step meets: its model, id, text and the level it gates (a scored model's band), and the
     * model's name.
     */
    public record Cleared(String model, String criterion, String text, int level, String modelName) {
    }

    /** A model's level before and after a step or bundle. */
    public record LevelGain(String model, String modelName, int from, int to) {

        public int gained() {
            return to - from;
        }
    }

    /**
     * How many changes the roadmap asks, by effort: every stated effort present (0 when none), and "not given" only
     * when some step's table leaves its effort blank.
     */
    public record Gap(int changes, Map<Effort, Integer> byEffort) {

        public Gap {
            Map<Effort, Integer> copy = new EnumMap<>(Effort.class);
            copy.putAll(byEffort);
            byEffort = Collections.unmodifiableMap(copy);
        }

        static Gap of(List<Step> steps) {
            Map<Effort, Integer> counts = new EnumMap<>(Effort.class);
            for (Effort effort : Effort.values()) {
                if (effort.given()) {
                    counts.put(effort, 0);
                }
            }
            steps.forEach(step -> counts.merge(step.effort(), 1, Integer::sum));
            return new Gap(steps.size(), counts);
        }

        /** "11 changes: 2 small, 7 medium, 2 large"; "nothing to change" when there is none. */
        public String words() {
            if (changes == 0) {
                return "nothing to change";
            }
            return changes + (changes == 1 ? " change: " : " changes: ") + byEffort.entrySet().stream()
                    .filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey().words())
                    .collect(Collectors.joining(", "));
        }
    }

    /** Every step in roadmap order. */
    public List<Step> steps() {
        return bundles.stream().flatMap(bundle -> bundle.steps().stream()).toList();
    }

    /** The first {@code n} steps in roadmap order. */
    public List<Step> nextActions(int n) {
        return steps().stream().limit(n).toList();
    }
}
