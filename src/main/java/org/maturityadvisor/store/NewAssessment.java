package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An assessment to store: the input and result as JSON text, plus the levels and next-level blockers taken from the
 * result so the portfolio can count them without parsing results.
 */
public record NewAssessment(OffsetDateTime assessedAt, String author, String rulesetVersion, String input,
                            String result, List<StoredLevel> levels, List<NextLevelBlocker> blockers) {

    public NewAssessment {
        levels = List.copyOf(levels);
        blockers = List.copyOf(blockers);
    }

    /** A criterion holding the team below {@code blockedLevel} of {@code model}. */
    public record NextLevelBlocker(String model, int blockedLevel, String criterion) {
    }
}
