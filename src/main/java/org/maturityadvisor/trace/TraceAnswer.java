package org.maturityadvisor.trace;

import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.catalog.Support;

/**
 * The team's answer beside a criterion row: the value judged (null when unanswered or not applicable), what it rests
 * on (null when unanswered) and whether it is stale; {@code reason} is why a not-applicable row was left out.
 */
public record TraceAnswer(String value, Support support, boolean stale, String reason) {

    static TraceAnswer of(String value, Basis basis) {
        return new TraceAnswer(value, basis == null ? null : basis.support(), basis != null && basis.stale(), null);
    }

    static TraceAnswer leftOut(String reason) {
        return new TraceAnswer(null, null, false, reason);
    }

    /** For people: "partly (a bare claim, stale)", "not answered", "not applicable: no real-time inference". */
    public String words() {
        if (reason != null) {
            return "not applicable: " + reason;
        }
        if (value == null) {
            return "not answered";
        }
        return value + (support == null ? "" : " (" + support.words() + (stale ? ", stale" : "") + ")");
    }
}
