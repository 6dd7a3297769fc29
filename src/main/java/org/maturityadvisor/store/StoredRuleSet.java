package org.maturityadvisor.store;

import java.time.OffsetDateTime;

/** One kept rule-set version, without its content: its number, content hash, life state and provenance. */
public record StoredRuleSet(long seq, String hash, OffsetDateTime createdAt, String author, String comment,
                            VersionOrigin origin, VersionState state) {
}
