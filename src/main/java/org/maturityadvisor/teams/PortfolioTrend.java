package org.maturityadvisor.teams;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.store.PortfolioChange;

/**
 * Teams per level of a model month by month, from the monthly changes the store sums: a running total from the first
 * stored month to {@code until}, the last {@link #MONTHS} months shown (the months before still count).
 */
final class PortfolioTrend {

    static final int MONTHS = 24;

    private PortfolioTrend() {
    }

    static PortfolioView.ModelTrend of(MaturityModel model, List<PortfolioChange> changes, YearMonth until) {
        List<PortfolioChange> ofModel = changes.stream().filter(c -> c.model().equals(model.id())).toList();
        int top = model.topLevel();
        List<String> months = new ArrayList<>();
        List<List<Integer>> counts = new ArrayList<>();
        model.levels().forEach(level -> counts.add(new ArrayList<>()));
        if (!ofModel.isEmpty()) {
            YearMonth first = ofModel.get(0).month();
            YearMonth last = until.isBefore(ofModel.get(ofModel.size() - 1).month())
                    ? ofModel.get(ofModel.size() - 1).month() : until;
            YearMonth shownFrom = last.minusMonths(MONTHS - 1);
            int[] running = new int[top + 1];
            int next = 0;
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                for (; next < ofModel.size() && ofModel.get(next).month().equals(month); next++) {
                    int level = ofModel.get(next).level();
                    if (level >= 0 && level <= top) {
                        running[level] += ofModel.get(next).teams();
                    }
                }
                if (!month.isBefore(shownFrom)) {
                    months.add(month.toString());
                    for (int level = 0; level <= top; level++) {
                        counts.get(level).add(running[level]);
                    }
                }
            }
        }
        List<PortfolioView.TrendLine> lines = new ArrayList<>();
        for (Level level : model.levels()) {
            lines.add(new PortfolioView.TrendLine(level.number(), level.name(),
                    PortfolioView.shade(level.number(), top), counts.get(level.number())));
        }
        return new PortfolioView.ModelTrend(model.id(), model.name(), months, lines);
    }
}
