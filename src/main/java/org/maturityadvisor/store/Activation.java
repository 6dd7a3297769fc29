package org.maturityadvisor.store;

import java.time.OffsetDateTime;

/** A change of the active rule-set version: publish, rollback, a start from a new rules directory, watch mode. */
public record Activation(long seq, String hash, OffsetDateTime at, String actor, AuditAction action, String reason) {
}
