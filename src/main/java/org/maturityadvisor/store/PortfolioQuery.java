package org.maturityadvisor.store;

import java.time.LocalDate;

import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.wire.WireId;

/**
 * Which teams of the portfolio to list, in which order, which page: the level in {@code model} (the model the level
 * sort and filter read), at least {@code minGap} levels below target, last assessed on or after {@code since} and
 * before {@code before} (whole days, UTC), held back by {@code blocker} of {@code blockerModel}. Null filters filter
 * nothing. Pages count from 1. Only the teams of {@code teams} are listed (the caller's readable teams narrowed by
 * the {@code group} filter, the group's id or null); archived teams never are.
 */
public record PortfolioQuery(String model, Integer level, Integer minGap, LocalDate since, LocalDate before,
                             String blockerModel, String blocker, Sort sort, boolean descending, int page, int size,
                             String group, TeamSet teams) {

    public PortfolioQuery {
        if (model == null || sort == null || page < 1 || size < 1 || teams == null) {
            throw new IllegalArgumentException("a portfolio query needs a model, a sort, a page, a size and teams");
        }
        teams = teams.withArchived(false);
    }

    /** Over every team that is not archived, no group filter. */
    public PortfolioQuery(String model, Integer level, Integer minGap, LocalDate since, LocalDate before,
                          String blockerModel, String blocker, Sort sort, boolean descending, int page, int size) {
        this(model, level, minGap, since, before, blockerModel, blocker, sort, descending, page, size, null,
                TeamSet.active());
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** The orders a team list can take; ties fall back to the team's name, then its id. */
    public enum Sort implements WireId {
        GAP("gap", "gap to target", "gap to target"), LEVEL("level", "level", "level in the model"),
        CHANGED("changed", "last change", "last change"), NAME("name", "name", "team name");

        private final String id;
        private final String words;
        private final String option;

        Sort(String id, String words, String option) {
            this.id = id;
            this.words = words;
            this.option = option;
        }

        /** How the sort form offers it. */
        public String option() {
            return option;
        }

        /** Whether it orders by a level of the chosen model (so the list says which model). */
        public boolean perModel() {
            return this == LEVEL;
        }

        @Override
        public String id() {
            return id;
        }

        public String words() {
            return words;
        }
    }
}
