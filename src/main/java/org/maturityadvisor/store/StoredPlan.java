package org.maturityadvisor.store;

import java.time.OffsetDateTime;

/** One saved plan as stored: its changes as the JSON text of practice id to value (null: unknown). */
public record StoredPlan(long id, String teamId, String name, String changes, OffsetDateTime createdAt,
                         String createdBy, OffsetDateTime updatedAt, String updatedBy) {
}
