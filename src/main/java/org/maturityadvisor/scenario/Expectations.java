package org.maturityadvisor.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.TargetStatus;

/**
 * What a scenario expects, each kind of expectation in its own place: per model (by id), of the target advice
 * ({@code "target"} in the file) and of a what-if's path ({@code "path"}). Read once, when the scenarios load: a key
 * that does not belong where it is written (a {@code "rule"} under a model) makes the scenario unreadable rather than
 * silently expecting nothing.
 */
public record Expectations(Map<String, OfModel> models, OfTarget target, OfPath path) {

    public Expectations {
        models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    public static Expectations none() {
        return new Expectations(Map.of(), null, null);
    }

    public boolean isEmpty() {
        return models.isEmpty() && target == null && path == null;
    }

    /**
     * One model: the level, the exact set of criteria blocking the next level (empty at the top level), optionally
     * the level of some dimensions, the score of a scored model and, for a what-if scenario, the level's change.
     */
    public record OfModel(Integer level, List<String> blockers, Map<String, Integer> dimensions, Double score,
                          Integer delta) {
        public OfModel {
            blockers = blockers == null ? null : List.copyOf(blockers);
            dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        }
    }

    /** The target advice: its level, the deciding row, where the team stands and the roadmap's criteria in order. */
    public record OfTarget(Integer level, String rule, TargetStatus status, List<String> roadmap) {
        public OfTarget {
            roadmap = roadmap == null ? null : List.copyOf(roadmap);
        }
    }

    /** A what-if's path: its target level, whether it is reachable, its steps in order as {@code practice=value}. */
    public record OfPath(Integer level, Boolean reachable, List<String> roadmap) {
        public OfPath {
            roadmap = roadmap == null ? null : List.copyOf(roadmap);
        }
    }
}
