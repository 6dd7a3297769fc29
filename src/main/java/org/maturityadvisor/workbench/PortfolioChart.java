package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.store.Portfolio;
import org.maturityadvisor.teams.TeamService;

/** Teams per level per model as Chart.js stacked bars: one bar per model, one stack segment per level. */
public record PortfolioChart(List<String> labels, List<Segment> datasets) {

    public record Segment(String label, List<Integer> data) {
    }

    static PortfolioChart of(TeamService.PortfolioView portfolio) {
        int top = portfolio.models().stream().flatMap(m -> m.levels().stream())
                .mapToInt(Portfolio.LevelCount::level).max().orElse(0);
        List<Segment> segments = new ArrayList<>();
        for (int level = 0; level <= top; level++) {
            int n = level;
            segments.add(new Segment("level " + level, portfolio.models().stream().map(m -> m.levels().stream()
                    .filter(l -> l.level() == n).mapToInt(Portfolio.LevelCount::teams).sum()).toList()));
        }
        return new PortfolioChart(portfolio.models().stream().map(TeamService.ModelView::name).toList(), segments);
    }
}
