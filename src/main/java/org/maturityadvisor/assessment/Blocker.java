package org.maturityadvisor.assessment;

/**
 * A criterion that blocks a level: what was observed (null when unanswered) against what is required, whether the
 * practice is {@code absent} or {@code unknown}, and how to remedy it.
 */
public record Blocker(String criterion, String text, int level, String dimension, String practice, String observed,
                      String required, String status, String remediation, String effort) {
}
