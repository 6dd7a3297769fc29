package org.maturityadvisor.store;

import java.util.List;

/** A page of the portfolio's team list and how many teams the query matches in all. */
public record PortfolioTeams(long total, List<PortfolioTeam> teams) {

    public PortfolioTeams {
        teams = List.copyOf(teams);
    }
}
