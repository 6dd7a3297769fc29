package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A registered team, with how often it was assessed and the levels of its newest assessment (empty if none yet), the
 * group it sits in (null: directly in the organisation) and when it was archived (null: it is not).
 */
public record StoredTeam(String id, String name, OffsetDateTime createdAt, String createdBy, int assessments,
                         List<StoredLevel> latestLevels, String groupId, OffsetDateTime archivedAt) {

    public StoredTeam {
        latestLevels = List.copyOf(latestLevels);
    }

    public boolean archived() {
        return archivedAt != null;
    }
}
