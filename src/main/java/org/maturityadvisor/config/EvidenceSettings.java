package org.maturityadvisor.config;

import org.maturityadvisor.input.EvidenceLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one answer may carry as evidence, and how far ahead "goes stale soon" looks, all under
 * {@code maturity.evidence.*}. Over a limit is a 400 naming the field and the setting.
 *
 * @param maxItems        evidence items per answer (default 20)
 * @param maxLinkLength   characters of one link (default 2000; the scheme must be http or https)
 * @param maxNoteLength   characters of one note (default 2000)
 * @param maxReasonLength characters of a not-applicable reason (default 2000)
 * @param soonDays        an answer "goes stale soon" when it turns stale within this many days (default 30)
 */
@ConfigurationProperties("maturity.evidence")
public record EvidenceSettings(@DefaultValue("20") int maxItems, @DefaultValue("2000") int maxLinkLength,
                               @DefaultValue("2000") int maxNoteLength, @DefaultValue("2000") int maxReasonLength,
                               @DefaultValue("30") int soonDays) {

    public static final String PREFIX = "maturity.evidence.";

    public EvidenceSettings {
        atLeast("max-items", maxItems, 0);
        atLeast("max-link-length", maxLinkLength, 1);
        atLeast("max-note-length", maxNoteLength, 1);
        atLeast("max-reason-length", maxReasonLength, 1);
        atLeast("soon-days", soonDays, 0);
    }

    /** The limits, as the input reader takes them (it knows nothing of Spring). */
    public EvidenceLimits limits() {
        return new EvidenceLimits(maxItems, maxLinkLength, maxNoteLength, maxReasonLength);
    }

    /** The defaults, for code that runs without Spring (the CLI, tests). */
    public static EvidenceSettings defaults() {
        EvidenceLimits limits = EvidenceLimits.DEFAULTS;
        return new EvidenceSettings(limits.maxItems(), limits.maxLinkLength(), limits.maxNoteLength(),
                limits.maxReasonLength(), 30);
    }

    private static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(PREFIX + name + " must be " + min + " or more, got " + value);
        }
    }
}
