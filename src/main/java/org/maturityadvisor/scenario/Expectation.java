package org.maturityadvisor.scenario;

import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.TargetStatus;

/**
 * What a scenario expects of one model: the level, the exact set of criteria blocking the next level (empty at the
 * top level), optionally the level of some dimensions and, for a scored model, the score. Under the key
 * {@code target} it is what the scenario expects of the target advice: the target {@code level}, the deciding
 * {@code rule}, the {@code status} (below-target, at-target, above-target) and the {@code roadmap}'s criteria in
 * order. A what-if scenario's expectations are of the changed team; {@code delta} is then the model's level change.
 * Under the key {@code path}: the path's target {@code level}, whether it is {@code reachable}, and its steps in
 * order as {@code roadmap} entries {@code practice=value}.
 */
public record Expectation(Integer level, List<String> blockers, Map<String, Integer> dimensions, Double score,
                          String rule, TargetStatus status, List<String> roadmap, Integer delta, Boolean reachable) {

    public Expectation {
        blockers = blockers == null ? null : List.copyOf(blockers);
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        roadmap = roadmap == null ? null : List.copyOf(roadmap);
    }
}
