package org.maturityadvisor.store;

import java.util.List;

/**
 * Every team's newest assessment, counted: how many teams sit at each level of each model, and the criteria that hold
 * the most teams below their next level.
 */
public record Portfolio(int teams, int assessedTeams, List<ModelDistribution> models) {

    public Portfolio {
        models = List.copyOf(models);
    }

    /** One model: teams per level reached, and the commonest next-level blockers. */
    public record ModelDistribution(String model, List<LevelCount> levels, List<BlockerCount> commonBlockers) {
        public ModelDistribution {
            levels = List.copyOf(levels);
            commonBlockers = List.copyOf(commonBlockers);
        }
    }

    public record LevelCount(int level, String levelName, int teams) {
    }

    public record BlockerCount(String criterion, int teams) {
    }
}
