package org.maturityadvisor.simulation;

import java.util.List;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TargetStatus;

/**
 * One plan's outcome: the changes as applied, the team's new result with its explained chain, and the difference from
 * the base result per model; {@code target} is the target advice's status after the plan (null without a target).
 */
public record PlanOutcome(String name, List<AppliedChange> changes, AssessmentResult result, List<ModelDiff> diff,
                          TargetStatus targetStatusBefore, TargetStatus targetStatusAfter) {
}
