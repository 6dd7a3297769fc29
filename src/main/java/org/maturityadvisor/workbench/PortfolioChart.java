package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.teams.PortfolioView;
import org.maturityadvisor.teams.RollUp;

/**
 * The portfolio's charts as the JSON of their canvases' {@code data-chart} attribute (read by static/js/portfolio.js).
 * Colours travel as shades of the one ordered scale ({@code shade-N} in workbench.css), never as a palette of
 * categories: a level's shade is its place on its own model's scale.
 */
final class PortfolioChart {

    private PortfolioChart() {
    }

    /** One stack segment per level number; per model its teams, shade and level name (null above the model's top). */
    record Levels(List<String> labels, List<LevelSegment> datasets) {
    }

    record LevelSegment(String label, List<Integer> data, List<Integer> shades, List<String> names) {
    }

    static Levels levels(PortfolioView view) {
        int top = view.models().stream().mapToInt(PortfolioView.ModelView::top).max().orElse(0);
        List<LevelSegment> segments = new ArrayList<>();
        for (int level = 0; level <= top; level++) {
            List<Integer> data = new ArrayList<>();
            List<Integer> shades = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (PortfolioView.ModelView model : view.models()) {
                PortfolioView.LevelView at = level < model.levels().size() ? model.levels().get(level) : null;
                data.add(at == null ? null : at.teams());
                shades.add(at == null ? null : at.shade());
                names.add(at == null ? null : at.levelName());
            }
            segments.add(new LevelSegment("level " + level, data, shades, names));
        }
        return new Levels(view.models().stream().map(PortfolioView.ModelView::name).toList(), segments);
    }

    /**
     * The roll-up of one model as the levels chart draws it: one stacked bar per unit (sub-group), one segment per
     * level of the model, shaded on its scale.
     */
    static Levels rollUp(RollUp rollUp, String model) {
        List<RollUp.ModelLevels> ofModel = rollUp.rows().stream().map(row -> row.models().stream()
                .filter(m -> m.model().equals(model)).findFirst().orElse(null)).toList();
        int top = ofModel.stream().filter(m -> m != null).mapToInt(RollUp.ModelLevels::top).max().orElse(0);
        List<LevelSegment> segments = new ArrayList<>();
        for (int level = 0; level <= top; level++) {
            List<Integer> data = new ArrayList<>();
            List<Integer> shades = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (RollUp.ModelLevels m : ofModel) {
                PortfolioView.LevelView at = m == null || level >= m.levels().size() ? null : m.levels().get(level);
                data.add(at == null ? null : at.teams());
                shades.add(at == null ? null : at.shade());
                names.add(at == null ? null : at.levelName());
            }
            segments.add(new LevelSegment("level " + level, data, shades, names));
        }
        return new Levels(rollUp.rows().stream().map(RollUp.Row::name).toList(), segments);
    }

    /** Teams per level of one model, month by month: one stacked segment per level. */
    record Trend(String model, List<String> labels, List<TrendSegment> datasets) {
    }

    record TrendSegment(String label, List<Integer> data, int shade) {
    }

    static Trend trend(PortfolioView.ModelTrend trend) {
        return new Trend(trend.name(), trend.months(), trend.levels().stream()
                .map(line -> new TrendSegment("level " + line.level() + " " + line.levelName(), line.teams(),
                        line.shade())).toList());
    }

    /** The blockers as horizontal bars: criterion text (and model), teams held back, the list each bar opens. */
    record Blockers(List<String> labels, List<Integer> data, List<String> links) {
    }

    static Blockers blockers(List<PortfolioView.BlockerView> blockers, PortfolioLinks links) {
        return new Blockers(blockers.stream().map(b -> b.text() + " (" + b.modelName() + ")").toList(),
                blockers.stream().map(PortfolioView.BlockerView::teams).toList(),
                blockers.stream().map(b -> links.blocker(b.model(), b.criterion())).toList());
    }
}
