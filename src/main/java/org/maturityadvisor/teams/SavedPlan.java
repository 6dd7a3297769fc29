package org.maturityadvisor.teams;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A what-if plan saved for a team: its name (unique within the team), its changes (practice id to the new value; null
 * sets the practice back to unknown), and who saved and last changed it, when.
 */
public record SavedPlan(long id, String team, String name, Map<String, String> changes, OffsetDateTime createdAt,
                        String createdBy, OffsetDateTime updatedAt, String updatedBy) {

    public SavedPlan {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
