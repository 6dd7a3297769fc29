package org.maturityadvisor.assessment;

import java.util.List;

/**
 * A team's place in one model: the level reached, per dimension too, the criteria met (with the answers that met
 * them), and for every level above, the criteria that block it.
 */
public record ModelAssessment(String model, String modelName, int level, String levelName, int topLevel,
                              String summary, List<DimensionLevel> dimensions, List<MetCriterion> met,
                              List<BlockedLevel> blockedLevels) {

    public ModelAssessment {
        dimensions = List.copyOf(dimensions);
        met = List.copyOf(met);
        blockedLevels = List.copyOf(blockedLevels);
    }

    /** The criteria that block the next level up; empty at the top level. */
    public List<Blocker> nextLevelBlockers() {
        return blockedLevels.isEmpty() ? List.of() : blockedLevels.get(0).blockers();
    }
}
