package org.maturityadvisor.teams;

import java.util.List;

/**
 * The portfolio in the active rule set's words: per model the teams at each of its levels (every level, 0 first,
 * with its shade), the criteria holding most teams back, and teams per level month by month. Each level rests on the
 * teams' stored answers. All of it over the teams the caller may read, in {@code group} and below when the portfolio
 * is filtered by one (null: not filtered), and {@code rollUp}: the same levels per unit (per sub-group of
 * {@code group}).
 */
public record PortfolioView(int teams, int assessedTeams, String rulesetVersion, List<ModelView> models,
                            List<ModelTrend> trend, String group, RollUp rollUp) {

    public PortfolioView {
        models = List.copyOf(models);
        trend = List.copyOf(trend);
    }

    /** Over the whole organisation, rolled up by nothing. */
    public PortfolioView(int teams, int assessedTeams, String rulesetVersion, List<ModelView> models,
                         List<ModelTrend> trend) {
        this(teams, assessedTeams, rulesetVersion, models, trend, null, new RollUp(null, List.of()));
    }

    /** The shades of the ordered scale: 0 (level 0, lightest) to {@value} (the model's top level, darkest). */
    public static final int SHADES = 10;

    /** A level's shade relative to its model's top: Google's 2 of 2 is as dark as Microsoft's 4 of 4. */
    public static int shade(int level, int top) {
        if (top <= 0) {
            return SHADES;
        }
        return Math.round((float) SHADES * Math.max(0, Math.min(level, top)) / top);
    }

    public record ModelView(String model, String name, int top, List<LevelView> levels,
                            List<BlockerView> commonBlockers) {
        public ModelView {
            levels = List.copyOf(levels);
            commonBlockers = List.copyOf(commonBlockers);
        }
    }

    public record LevelView(int level, String levelName, int teams, int shade) {
    }

    /** A criterion holding {@code teams} teams below their next level of {@code model}. */
    public record BlockerView(String model, String modelName, String criterion, String text, int teams) {
    }

    /** Teams per level of one model at the end of each month ({@code months} as YYYY-MM, oldest first). */
    public record ModelTrend(String model, String name, List<String> months, List<TrendLine> levels) {
        public ModelTrend {
            months = List.copyOf(months);
            levels = List.copyOf(levels);
        }
    }

    /** One level's count of teams, one number per month of its trend. */
    public record TrendLine(int level, String levelName, int shade, List<Integer> teams) {
        public TrendLine {
            teams = List.copyOf(teams);
        }
    }
}
