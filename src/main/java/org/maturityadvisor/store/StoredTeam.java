package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.List;

/** A registered team, with how often it was assessed and the levels of its newest assessment (empty if none yet). */
public record StoredTeam(String id, String name, OffsetDateTime createdAt, String createdBy, int assessments,
                         List<StoredLevel> latestLevels) {

    public StoredTeam {
        latestLevels = List.copyOf(latestLevels);
    }
}
