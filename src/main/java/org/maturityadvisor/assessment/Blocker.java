package org.maturityadvisor.assessment;

import org.maturityadvisor.definition.Effort;

/**
 * A criterion that blocks a level: what was observed (null when unanswered) against what is required, whether the
 * practice is {@link CriterionStatus#ABSENT absent} or {@link CriterionStatus#UNKNOWN unknown}, and how to remedy it.
 */
public record Blocker(String criterion, String text, int level, String dimension, String practice, String observed,
                      String required, CriterionStatus status, String remediation, Effort effort) {
}
