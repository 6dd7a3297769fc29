package org.maturityadvisor.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * What stands behind an answer besides its value: the day it describes ({@code asOf}, null: the assessment's own
 * day), the evidence recorded for it, and for a "not applicable" answer the reason given.
 */
public record AnswerDetails(LocalDate asOf, List<EvidenceItem> evidence, String notApplicableReason) {

    private static final AnswerDetails NONE = new AnswerDetails(null, List.of(), null);

    public AnswerDetails {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static AnswerDetails none() {
        return NONE;
    }

    public Support support() {
        return Support.of(evidence);
    }

    public AnswerDetails withEvidence(List<EvidenceItem> items) {
        return new AnswerDetails(asOf, items, notApplicableReason);
    }

    public AnswerDetails withAsOf(LocalDate day) {
        return new AnswerDetails(day, evidence, notApplicableReason);
    }

    /** Nothing but the value: no date of its own, no evidence, no reason. */
    public boolean bare() {
        return asOf == null && evidence.isEmpty() && notApplicableReason == null;
    }
}
