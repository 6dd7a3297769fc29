package org.maturityadvisor.scenario;

import java.util.List;
import java.util.Map;

/**
 * What a scenario expects of one model: the level, the exact set of criteria blocking the next level (empty at the
 * top level), and optionally the level of some dimensions.
 */
public record Expectation(Integer level, List<String> blockers, Map<String, Integer> dimensions) {

    public Expectation {
        blockers = blockers == null ? null : List.copyOf(blockers);
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
    }
}
