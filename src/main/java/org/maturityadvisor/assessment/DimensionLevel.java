package org.maturityadvisor.assessment;

import java.util.List;

/**
 * The level a team reaches in one dimension of a model; for a section of a scored model, with its sum. A gated
 * dimension passes a level at which it has no criteria as soon as it passes the one below: {@code noCriteriaAt} lists
 * those levels (1 and up, ascending), so a reading says "no criteria here" instead of implying the team earned them.
 * Empty for scored and checklist sections.
 */
public record DimensionLevel(String dimension, int level, String levelName, Double score, List<Integer> noCriteriaAt) {

    public DimensionLevel {
        noCriteriaAt = noCriteriaAt == null ? List.of() : List.copyOf(noCriteriaAt);
    }

    public DimensionLevel(String dimension, int level, String levelName, Double score) {
        this(dimension, level, levelName, score, List.of());
    }

    /** Whether the level reached rests on no criterion of this dimension at all (every level up to it has none). */
    public boolean byDefaultOnly() {
        return level > 0 && noCriteriaAt.size() >= level && noCriteriaAt.subList(0, level).equals(
                java.util.stream.IntStream.rangeClosed(1, level).boxed().toList());
    }
}
