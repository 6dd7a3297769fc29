package org.maturityadvisor.store;

import java.time.OffsetDateTime;

/**
 * One assessment as stored: the input exactly as assessed and the full result exactly as returned, both JSON text.
 */
public record StoredAssessment(String teamId, int seq, OffsetDateTime assessedAt, String author,
                               String rulesetVersion, String input, String result) {
}
