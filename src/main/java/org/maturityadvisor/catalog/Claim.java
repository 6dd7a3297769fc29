package org.maturityadvisor.catalog;

/**
 * An answer in its rich form, before the catalog checks it: the raw value (a JSON scalar; null when the team marks the
 * practice not applicable) and what stands behind it.
 */
public record Claim(Object value, boolean notApplicable, AnswerDetails details) {

    public Claim {
        details = details == null ? AnswerDetails.none() : details;
    }
}
