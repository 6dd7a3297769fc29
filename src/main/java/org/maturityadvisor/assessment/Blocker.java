package org.maturityadvisor.assessment;

import org.maturityadvisor.definition.Effort;

/**
 * A criterion that blocks a level: what was observed (null when unanswered) against what is required, whether the
 * practice is {@link CriterionStatus#ABSENT absent} or {@link CriterionStatus#UNKNOWN unknown} (and why: {@code doubt}),
 * what the answer rests on ({@code basis}, null when unanswered), and how to remedy it.
 */
public record Blocker(String criterion, String text, int level, String dimension, String practice, String observed,
                      String required, CriterionStatus status, String remediation, Effort effort, Doubt doubt,
                      Basis basis) {

    public Blocker(String criterion, String text, int level, String dimension, String practice, String observed,
                   String required, CriterionStatus status, String remediation, Effort effort) {
        this(criterion, text, level, dimension, practice, observed, required, status, remediation, effort,
                status == CriterionStatus.UNKNOWN && observed == null ? Doubt.UNANSWERED : null, null);
    }

    /** For people: "unknown: claimed without evidence", "answered, below what is required". */
    public String statusWords() {
        return status == CriterionStatus.UNKNOWN && doubt != null ? "unknown: " + doubt.words() : status.words();
    }
}
