package org.maturityadvisor.teams;

import java.time.LocalDate;
import java.util.List;

import org.maturityadvisor.store.PortfolioQuery;

/**
 * A page of the portfolio's team list in the active rule set's words: the query as read (defaults filled in), how
 * many teams match, and per team its newest level in every model (with its shade), its target and gap, and the day
 * of its newest assessment. {@code blockerText} is the criterion the list is filtered by, in words, or null.
 */
public record PortfolioTeamsView(PortfolioQuery query, String modelName, String blockerText, long total, int pages,
                                 List<TeamRow> teams) {

    public PortfolioTeamsView {
        teams = List.copyOf(teams);
    }

    /**
     * One team: its levels, target, last change, and what its newest answers rest on ({@code staleAnswers} today,
     * {@code unconfirmedAnswers}: evidenced but not confirmed, {@code claimedAnswers}: bare claims; null when the
     * team has no assessment).
     */
    public record TeamRow(String id, String name, LocalDate lastChange, List<Cell> cells, Target target,
                          Integer staleAnswers, Integer unconfirmedAnswers, Integer claimedAnswers) {
        public TeamRow {
            cells = List.copyOf(cells);
        }
    }

    /** A team's newest level in one model; {@code level} null when that assessment has none there. */
    public record Cell(String model, String modelName, Integer level, String levelName, int top, int shade) {
    }

    /** The level the team's target advice sets, where the team stands there, and the levels between (0 at target). */
    public record Target(String model, String modelName, int level, String levelName, Integer current, Integer gap) {
    }
}
