package org.maturityadvisor.coverage;

import org.maturityadvisor.assessment.AssessmentResult;

/** A result the engine gave one scenario (its team as described, or after its what-if changes). */
public record Exercised(String scenario, AssessmentResult result) {
}
