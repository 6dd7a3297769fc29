package org.maturityadvisor.assessment;

import java.util.List;

/**
 * The level a team should aim for in one model, decided by the first row of the target table its context matches
 * ({@code rule}, with its {@code conditions} and sheet {@code source} row), why, and the roadmap from the current
 * level: the blockers of every level up to the target, grouped by level, cheapest effort first within a level.
 * {@code alsoMatched} names later rows the context matched too, which the table's order decided against.
 */
public record TargetLevel(String model, String modelName, int current, String currentName, int target,
                          String targetName, TargetStatus status, String reason, String rule, String conditions,
                          String source, TeamContext context, List<String> alsoMatched, String summary,
                          List<BlockedLevel> roadmap) {

    public TargetLevel {
        alsoMatched = List.copyOf(alsoMatched);
        roadmap = List.copyOf(roadmap);
    }
}
