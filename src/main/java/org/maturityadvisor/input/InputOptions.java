package org.maturityadvisor.input;

import java.time.LocalDate;

/**
 * How team input is read: the day it is judged on (an answer older than its practice's Valid for on this day is
 * stale; null: every answer is fresh) and the evidence limits.
 */
public record InputOptions(LocalDate day, EvidenceLimits limits) {

    public InputOptions {
        limits = limits == null ? EvidenceLimits.DEFAULTS : limits;
    }

    /** Judged today, default limits. */
    public static InputOptions today() {
        return new InputOptions(LocalDate.now(java.time.ZoneOffset.UTC), EvidenceLimits.DEFAULTS);
    }

    public static InputOptions on(LocalDate day) {
        return new InputOptions(day, EvidenceLimits.DEFAULTS);
    }
}
