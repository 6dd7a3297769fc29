package org.maturityadvisor.simulation;

import java.util.List;

import org.maturityadvisor.assessment.AssessmentResult;

/** The base result and every plan's outcome, side by side. */
public record SimulationResult(AssessmentResult base, List<PlanOutcome> plans) {
}
