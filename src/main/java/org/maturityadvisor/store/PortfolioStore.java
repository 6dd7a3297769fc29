package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.organisation.TeamSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portfolio's team list and trend, each answered by the database: the list filtered, sorted and paged in SQL over
 * one row per team (its newest assessment's level in the chosen model and in its target model), the trend as monthly
 * sums. Nothing here reads a stored result.
 */
@Repository
public class PortfolioStore {

    private static final String FROM = " from team t"
            + " left join assessment a on a.id = t.latest_assessment_id"
            + " left join assessment_level m on m.assessment_id = t.latest_assessment_id and m.model = ?"
            + " left join assessment_level g on g.assessment_id = t.latest_assessment_id and g.target_level is not null";
    private static final String GAP = "case when g.target_level is null then null when g.target_level > g.level"
            + " then g.target_level - g.level else 0 end";

    private final JdbcClient jdbc;

    public PortfolioStore(JdbcTemplate template) {
        this.jdbc = JdbcClient.create(template);
    }

    /** One page of the teams the query matches, in its order, with the number of all it matches. */
    public PortfolioTeams teams(PortfolioQuery query) {
        return teams(query, LocalDate.now(ZoneOffset.UTC));
    }

    /** The same, the stale answers counted as of {@code today}. */
    public PortfolioTeams teams(PortfolioQuery query, LocalDate today) {
        List<Object> params = new ArrayList<>();
        params.add(query.model());
        String conditions = where(query, params);
        String from = FROM + conditions;
        long total;
        if (filtered(query)) {
            total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        } else {
            List<Object> scope = new ArrayList<>();
            total = jdbc.sql("select count(*) from team t where " + TeamSets.condition("t", query.teams(), scope))
                    .params(scope).query(Long.class).single();
        }
        List<Object> paged = new ArrayList<>(params);
        paged.add(query.offset());
        paged.add(query.size());
        Map<Long, List<StoredLevel>> levels = new LinkedHashMap<>();
        List<Row> rows = jdbc.sql("select t.id, t.name, t.latest_assessment_id, a.assessed_at, g.model as target_model,"
                        + " g.target_level, s.claimed, s.evidenced, s.stale_days" + FROM
                        + " left join answer_standing s on s.assessment_id = t.latest_assessment_id" + conditions
                        + " order by " + order(query) + " offset ? rows fetch next ? rows only")
                .params(paged).query((rs, n) -> new Row(rs.getString("id"), rs.getString("name"),
                        rs.getLong("latest_assessment_id"), rs.getObject("assessed_at", OffsetDateTime.class),
                        rs.getString("target_model"), (Integer) rs.getObject("target_level"),
                        answers(rs, today)))
                .list();
        List<Object> ids = rows.stream().filter(row -> row.assessment() != 0).map(row -> (Object) row.assessment())
                .toList();
        if (!ids.isEmpty()) {
            jdbc.sql("select assessment_id, model, level, level_name, score from assessment_level"
                            + " where assessment_id in (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                            + ") order by assessment_id, model")
                    .params(ids).query((ResultSet rs) -> {
                        levels.computeIfAbsent(rs.getLong("assessment_id"), id -> new ArrayList<>())
                                .add(TeamStore.level(rs, 0));
                    });
        }
        return new PortfolioTeams(total, rows.stream().map(row -> new PortfolioTeam(row.id(), row.name(),
                row.lastChange(), levels.getOrDefault(row.assessment(), List.of()), row.targetModel(),
                row.targetLevel(), row.answers() == null ? null : row.answers().stale(),
                row.answers() == null ? null : row.answers().unconfirmed(),
                row.answers() == null ? null : row.answers().claimed())).toList());
    }

    private record Row(String id, String name, long assessment, OffsetDateTime lastChange, String targetModel,
                       Integer targetLevel, Answers answers) {
    }

    /** What the newest answers rest on, as counted for one row. */
    private record Answers(int stale, int unconfirmed, int claimed) {
    }

    private static Answers answers(ResultSet rs, LocalDate today) throws java.sql.SQLException {
        Object claimed = rs.getObject("claimed");
        if (claimed == null) {
            return null;
        }
        return new Answers(AnswerStanding.staleOn(rs.getString("stale_days"), today), rs.getInt("evidenced"),
                ((Number) claimed).intValue());
    }

    private static String where(PortfolioQuery query, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add(TeamSets.condition("t", query.teams(), params));
        if (query.level() != null) {
            conditions.add("m.level = ?");
            params.add(query.level());
        }
        if (query.minGap() != null) {
            conditions.add(GAP + " >= ?");
            params.add(query.minGap());
        }
        if (query.since() != null) {
            conditions.add("a.assessed_at >= ?");
            params.add(startOf(query.since()));
        }
        if (query.before() != null) {
            conditions.add("a.assessed_at < ?");
            params.add(startOf(query.before()));
        }
        if (query.blocker() != null) {
            // a row's blockers are its criterion ids separated by single spaces (ids have none)
            // (position, not like: no wildcard to escape, and a third of like's time over 10,000 rows on H2)
            conditions.add("exists (select 1 from assessment_level b where b.assessment_id = t.latest_assessment_id"
                    + " and b.model = ? and position(? in concat(' ', b.blockers, ' ')) > 0)");
            params.add(query.blockerModel());
            params.add(" " + query.blocker() + " ");
        }
        return " where " + String.join(" and ", conditions);
    }

    private static boolean filtered(PortfolioQuery query) {
        return query.level() != null || query.minGap() != null || query.since() != null || query.before() != null
                || query.blocker() != null;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static String order(PortfolioQuery query) {
        String direction = query.descending() ? " desc" : " asc";
        String key = switch (query.sort()) {
            case GAP -> GAP + direction + " nulls last, ";
            case LEVEL -> "m.level" + direction + " nulls last, ";
            case CHANGED -> "a.assessed_at" + direction + " nulls last, ";
            case NAME -> "";
        };
        String name = query.sort() == PortfolioQuery.Sort.NAME ? direction : " asc";
        return key + "lower(t.name)" + name + ", t.id" + name;
    }

    /**
     * Per month, model and level, how the count of teams there changed: +1 where an assessment puts its team, -1
     * where its team's assessment before (seq - 1: a team's seqs run 1, 2, 3...) had put it in the same model. Summed
     * in the database by two grouped index joins over the stored assessments.
     */
    public List<PortfolioChange> changes() {
        return changes(TeamSet.active());
    }

    /** The same over the assessments of the teams of {@code teams} only. */
    public List<PortfolioChange> changes(TeamSet teams) {
        List<Object> params = new ArrayList<>();
        String scope = " join team t on t.id = a.team_id and " + TeamSets.condition("t", teams, params);
        params.addAll(List.copyOf(params));
        Map<String, PortfolioChange> changes = new LinkedHashMap<>();
        String year = "extract(year from a.assessed_at at time zone 'UTC')";
        String month = "extract(month from a.assessed_at at time zone 'UTC')";
        String select = year + " as y, " + month + " as mo";
        String groups = year + ", " + month;
        jdbc.sql("select " + select + ", l.model, l.level, count(*) as teams from assessment a" + scope
                        + " join assessment_level l on l.assessment_id = a.id group by " + groups + ", l.model, l.level"
                        + " union all select " + select + ", p.model, p.level, -count(*) as teams from assessment a"
                        + scope
                        + " join assessment b on b.team_id = a.team_id and b.seq = a.seq - 1"
                        + " join assessment_level p on p.assessment_id = b.id"
                        + " join assessment_level l on l.assessment_id = a.id and l.model = p.model"
                        + " where a.seq > 1 group by " + groups + ", p.model, p.level")
                .params(params).query((ResultSet rs) -> {
                    PortfolioChange change = new PortfolioChange(YearMonth.of(rs.getInt("y"), rs.getInt("mo")),
                            rs.getString("model"), rs.getInt("level"), rs.getInt("teams"));
                    changes.merge(change.month() + " " + change.model() + " " + change.level(), change,
                            (x, y) -> new PortfolioChange(x.month(), x.model(), x.level(), x.teams() + y.teams()));
                });
        return changes.values().stream().filter(change -> change.teams() != 0)
                .sorted(java.util.Comparator.comparing(PortfolioChange::month).thenComparing(PortfolioChange::model)
                        .thenComparingInt(PortfolioChange::level)).toList();
    }

    /**
     * What the portfolio's counts, blockers and trend are computed from, in one cheap read: the teams, the stored
     * assessments and the newest of them, and the organisation's revision. Rows are only ever added (a team's newest
     * pointer moves only with a new assessment), and every change that adds none (a team moved, archived or deleted)
     * bumps the revision ({@link GroupStore#bumpRevision}), so while this is unchanged so are they: a cache keyed on it
     * is never stale, on any replica.
     */
    public record Stamp(long teams, long assessments, long newest, long organisation) {
    }

    public Stamp stamp() {
        return jdbc.sql("select (select count(*) from team) as teams, (select count(*) from assessment) as assessments,"
                        + " (select coalesce(max(id), 0) from assessment) as newest,"
                        + " (select revision from org_revision where id = 1) as organisation")
                .query((rs, n) -> new Stamp(rs.getLong("teams"), rs.getLong("assessments"), rs.getLong("newest"),
                        rs.getLong("organisation")))
                .single();
    }
}
