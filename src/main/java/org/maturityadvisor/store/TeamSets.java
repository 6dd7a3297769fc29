package org.maturityadvisor.store;

import java.util.List;

import org.maturityadvisor.organisation.TeamSet;

/**
 * A {@link TeamSet} as a SQL condition on the team table: the one place every listing narrows what it reads, so that
 * the portfolio, its charts, exports and gauges all follow the same scope and the same archive rule.
 */
public final class TeamSets {

    private TeamSets() {
    }

    /**
     * The condition (without "where" or "and", "1 = 1" for everything) on the team table under {@code alias}, its
     * parameters appended to {@code params} in order.
     */
    public static String condition(String alias, TeamSet set, List<Object> params) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (!set.archived()) {
            sql.append(" and ").append(alias).append(".archived_at is null");
        }
        if (set.team() != null) {
            sql.append(" and ").append(alias).append(".id = ?");
            params.add(set.team());
        }
        if (set.groups() != null) {
            if (set.groups().isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and ").append(alias).append(".group_id in (")
                        .append(String.join(", ", java.util.Collections.nCopies(set.groups().size(), "?"))).append(")");
                set.groups().stream().sorted().forEach(params::add);
            }
        }
        return sql.toString();
    }
}
