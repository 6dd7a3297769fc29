package org.maturityadvisor.assessment;

import java.util.Locale;

/** What the rules concluded about one criterion for one team. */
public enum CriterionStatus {
    /** The answer reaches the required value. */
    MET,
    /** The team answered, and the answer is below the required value. */
    ABSENT,
    /** The team did not answer the practice; the level cannot be claimed until it does. */
    UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
