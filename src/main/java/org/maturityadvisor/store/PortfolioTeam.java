package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One team of the portfolio's list: its newest assessment's time and levels (empty, with a null time, when it has
 * none), the level its target advice sets in {@code targetModel} (both null without advice), and what its newest
 * answers rest on: how many are stale today, evidenced but not confirmed, bare claims (null when it has none).
 */
public record PortfolioTeam(String id, String name, OffsetDateTime lastChange, List<StoredLevel> levels,
                            String targetModel, Integer targetLevel, Integer staleAnswers,
                            Integer unconfirmedAnswers, Integer claimedAnswers) {

    public PortfolioTeam {
        levels = List.copyOf(levels);
    }

    public PortfolioTeam(String id, String name, OffsetDateTime lastChange, List<StoredLevel> levels,
                         String targetModel, Integer targetLevel) {
        this(id, name, lastChange, levels, targetModel, targetLevel, null, null, null);
    }

    /** Levels still to climb in the target model: 0 at or above target, null without advice. */
    public Integer gap() {
        if (targetModel == null || targetLevel == null) {
            return null;
        }
        return levels.stream().filter(level -> level.model().equals(targetModel)).findFirst()
                .map(level -> Math.max(0, targetLevel - level.level())).orElse(null);
    }
}
