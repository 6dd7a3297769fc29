package org.maturityadvisor.simulation;

import java.util.List;

/**
 * What a plan moves in one model: the level (and score) before and after, each dimension's level, the blockers (the
 * unmet criteria listed under the levels above) cleared and added, and the criteria newly met or lost.
 */
public record ModelDiff(String model, int levelBefore, int levelAfter, int delta, Double scoreBefore,
                        Double scoreAfter, List<DimensionDiff> dimensions, List<String> blockersCleared,
                        List<String> blockersAdded, List<String> criteriaNewlyMet, List<String> criteriaLost) {

    /** One dimension's level before and after. */
    public record DimensionDiff(String dimension, int before, int after, int delta) {
    }
}
