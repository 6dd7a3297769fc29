package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.List;

/** One assessment in a team's history: when, by whom, under which rule set, and the level reached per model. */
public record HistoryEntry(int seq, OffsetDateTime assessedAt, String author, String rulesetVersion,
                           List<StoredLevel> levels) {

    public HistoryEntry {
        levels = List.copyOf(levels);
    }
}
