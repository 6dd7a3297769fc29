package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One team of the portfolio's list: its newest assessment's time and levels (empty, with a null time, when it has
 * none), and the level its target advice sets in {@code targetModel} (both null without advice).
 */
public record PortfolioTeam(String id, String name, OffsetDateTime lastChange, List<StoredLevel> levels,
                            String targetModel, Integer targetLevel) {

    public PortfolioTeam {
        levels = List.copyOf(levels);
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
