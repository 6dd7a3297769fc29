package org.maturityadvisor.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * What stands behind an answer besides its value: the day it describes ({@code asOf}, null: the assessment's own
 * day), the evidence recorded for it, for a "not applicable" answer the reason given, and when the team's repository
 * was scanned for the practice, what it showed ({@code observed}, null when nothing was found) and how that compares
 * with the answer ({@code agreement}, null when no detector looks for the practice or nothing was scanned).
 */
public record AnswerDetails(LocalDate asOf, List<EvidenceItem> evidence, String notApplicableReason,
                            Observation observed, Agreement agreement) {

    private static final AnswerDetails NONE = new AnswerDetails(null, List.of(), null);

    public AnswerDetails {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public AnswerDetails(LocalDate asOf, List<EvidenceItem> evidence, String notApplicableReason) {
        this(asOf, evidence, notApplicableReason, null, null);
    }

    public static AnswerDetails none() {
        return NONE;
    }

    /**
     * Confirmed when any evidence item is; observed when the repository shows at least the answered value; evidenced
     * when there is an item; otherwise a bare claim.
     */
    public Support support() {
        Support recorded = Support.of(evidence);
        boolean seen = agreement == Agreement.AGREES || agreement == Agreement.FOUND_ANSWERED_LOWER
                || agreement == Agreement.FOUND_NOT_ANSWERED;
        return seen ? recorded.atLeast(Support.OBSERVED) : recorded;
    }

    public AnswerDetails withEvidence(List<EvidenceItem> items) {
        return new AnswerDetails(asOf, items, notApplicableReason, observed, agreement);
    }

    public AnswerDetails withAsOf(LocalDate day) {
        return new AnswerDetails(day, evidence, notApplicableReason, observed, agreement);
    }

    /** These details with what the repository showed and how it compares with the answer. */
    public AnswerDetails withObserved(Observation observation, Agreement compared) {
        return new AnswerDetails(asOf, evidence, notApplicableReason, observation, compared);
    }

    /** Nothing but the value: no date of its own, no evidence, no reason, nothing observed. */
    public boolean bare() {
        return asOf == null && evidence.isEmpty() && notApplicableReason == null && observed == null
                && agreement == null;
    }
}
