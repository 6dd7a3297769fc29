package org.maturityadvisor.gate;

import java.util.List;

import org.maturityadvisor.assessment.BlockedLevel;

/**
 * One requirement against one assessment: the level reached and, when it falls short, every level up to the required
 * one with the criteria (and, for a scored model, the section shortfalls) that block it.
 */
public record RequirementOutcome(String model, String modelName, int required, int level, String levelName,
                                 boolean met, List<BlockedLevel> blockedBy) {

    public RequirementOutcome {
        blockedBy = List.copyOf(blockedBy);
    }
}
