package org.maturityadvisor.store;

import java.time.OffsetDateTime;

/** One entry of the audit log: who did what to which rule-set version, when and why. */
public record AuditEntry(long seq, OffsetDateTime at, String actor, AuditAction action, String ruleset, String reason,
                         String details) {
}
