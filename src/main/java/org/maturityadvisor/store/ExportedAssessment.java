package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.List;

/** One stored assessment as exported: its input, its levels and, only when asked for, its full result. */
public record ExportedAssessment(String teamId, int seq, OffsetDateTime assessedAt, String author,
                                 String rulesetVersion, String input, String result, List<StoredLevel> levels) {

    public ExportedAssessment {
        levels = List.copyOf(levels);
    }
}
