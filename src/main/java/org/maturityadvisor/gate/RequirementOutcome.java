package org.maturityadvisor.gate;

import java.util.List;

import org.maturityadvisor.assessment.BlockedLevel;

/**
 * One requirement against one assessment: the level reached and, when it falls short, every level up to the required
 * one with the criteria (and, for a scored model, the section shortfalls) that block it. For a checklist model,
 * {@code verdict} is its verdict in words ("not yet MLOps mature: 2 of 4 required sections complete"), and its one
 * blocked level lists the required statements unmet; null for the other kinds.
 */
public record RequirementOutcome(String model, String modelName, int required, int level, String levelName,
                                 boolean met, List<BlockedLevel> blockedBy, String verdict) {

    public RequirementOutcome {
        blockedBy = List.copyOf(blockedBy);
    }

    /** A gated or scored model's outcome. */
    public RequirementOutcome(String model, String modelName, int required, int level, String levelName, boolean met,
                              List<BlockedLevel> blockedBy) {
        this(model, modelName, required, level, levelName, met, blockedBy, null);
    }
}
