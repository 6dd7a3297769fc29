package org.maturityadvisor.input;

/**
 * How much evidence one answer may carry (settings {@code maturity.evidence.*}): items per answer, characters per link,
 * note and not-applicable reason. Over a limit is a 400 naming the field and the setting.
 */
public record EvidenceLimits(int maxItems, int maxLinkLength, int maxNoteLength, int maxReasonLength) {

    public static final EvidenceLimits DEFAULTS = new EvidenceLimits(20, 2000, 2000, 2000);

    public EvidenceLimits {
        if (maxItems < 0 || maxLinkLength < 1 || maxNoteLength < 1 || maxReasonLength < 1) {
            throw new IllegalArgumentException("maturity.evidence limits must be positive");
        }
    }
}
