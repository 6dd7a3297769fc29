package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teams and their assessments. Storing an assessment is one transaction (the assessment, its levels and blockers, the
 * team's newest pointer): it is stored whole or not at all, and a failure reaches the caller as an exception.
 */
@Repository
public class TeamStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;

    public TeamStore(JdbcTemplate template, TransactionTemplate transactions) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
        this.transactions = transactions;
    }

    /** @throws TeamExistsException when the id is taken */
    public StoredTeam create(String id, String name, String author, OffsetDateTime at) {
        try {
            jdbc.sql("insert into team (id, name, created_at, created_by) values (?, ?, ?, ?)")
                    .params(id, name, at, author).update();
        } catch (DuplicateKeyException e) {
            throw new TeamExistsException(id);
        }
        return new StoredTeam(id, name, at, author, 0, List.of());
    }

    public Optional<StoredTeam> team(String id) {
        return teams("where t.id = ?", List.of(id), 1).stream().findFirst();
    }

    /** Teams in id order, {@code limit} at a time, starting after {@code after} (null for the first page). */
    public Slice<StoredTeam, String> teams(String after, int limit) {
        List<StoredTeam> page = after == null ? teams("", List.of(), limit + 1)
                : teams("where t.id > ?", List.of(after), limit + 1);
        return page.size() > limit ? new Slice<>(page.subList(0, limit), page.get(limit - 1).id())
                : new Slice<>(page, null);
    }

    /**
     * One query for a page of teams with their newest levels: a query per team inside the row mapper held one pooled
     * connection while asking for a second, so that a small pool ran dry under a few concurrent listings.
     */
    private List<StoredTeam> teams(String where, List<Object> params, int limit) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        Map<String, StoredTeam> teams = new LinkedHashMap<>();
        Map<String, List<StoredLevel>> levels = new LinkedHashMap<>();
        jdbc.sql("select t.id, t.name, t.created_at, t.created_by, t.assessments, l.model, l.level, l.level_name,"
                        + " l.score from (select t.id, t.name, t.created_at, t.created_by, t.latest_assessment_id,"
                        + " (select count(*) from assessment a where a.team_id = t.id) as assessments"
                        + " from team t " + where + " order by t.id fetch first ? rows only) t"
                        + " left join assessment_level l on l.assessment_id = t.latest_assessment_id"
                        + " order by t.id, l.model")
                .params(all).query((ResultSet rs) -> {
                    String id = rs.getString("id");
                    if (!teams.containsKey(id)) {
                        teams.put(id, new StoredTeam(id, rs.getString("name"),
                                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                                rs.getInt("assessments"), List.of()));
                    }
                    List<StoredLevel> ofTeam = levels.computeIfAbsent(id, key -> new ArrayList<>());
                    if (rs.getString("model") != null) {
                        ofTeam.add(level(rs, 0));
                    }
                });
        return teams.values().stream().map(team -> new StoredTeam(team.id(), team.name(), team.createdAt(),
                team.createdBy(), team.assessments(), levels.get(team.id()))).toList();
    }

    /**
     * Stores an assessment as the team's next one.
     *
     * @return its number in the team's history (1 for the first)
     * @throws NotFoundException when the team does not exist
     */
    public int save(String teamId, NewAssessment assessment) {
        Integer seq = transactions.execute(status -> {
            // the team row lock orders concurrent assessments of one team; the unique (team_id, seq) backs it up
            List<String> locked = jdbc.sql("select id from team where id = ? for update").param(teamId)
                    .query(String.class).list();
            if (locked.isEmpty()) {
                throw new NotFoundException("no team " + teamId);
            }
            int next = jdbc.sql("select coalesce(max(seq), 0) + 1 from assessment where team_id = ?").param(teamId)
                    .query(Integer.class).single();
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into assessment (team_id, seq, assessed_at, author, ruleset_version, input, result)"
                    + " values (?, ?, ?, ?, ?, ?, ?)").params(teamId, next, assessment.assessedAt(),
                    assessment.author(), assessment.rulesetVersion(), assessment.input(), assessment.result())
                    .update(key, "id");
            long id = key.getKey().longValue();
            template.batchUpdate("insert into assessment_level (assessment_id, model, level, level_name, score)"
                    + " values (?, ?, ?, ?, ?)", assessment.levels(), assessment.levels().size(), (ps, level) -> {
                        ps.setLong(1, id);
                        ps.setString(2, level.model());
                        ps.setInt(3, level.level());
                        ps.setString(4, level.levelName());
                        ps.setObject(5, level.score());
                    });
            template.batchUpdate("insert into assessment_blocker (assessment_id, model, blocked_level, criterion)"
                    + " values (?, ?, ?, ?)", assessment.blockers(), assessment.blockers().size(), (ps, blocker) -> {
                        ps.setLong(1, id);
                        ps.setString(2, blocker.model());
                        ps.setInt(3, blocker.blockedLevel());
                        ps.setString(4, blocker.criterion());
                    });
            jdbc.sql("update team set latest_assessment_id = ? where id = ?").params(id, teamId).update();
            return next;
        });
        return seq;
    }

    /** A team's assessments, newest first, {@code limit} at a time, starting below {@code before} (null: newest). */
    public Slice<HistoryEntry, Integer> history(String teamId, Integer before, int limit) {
        List<HistoryEntry> entries = jdbc.sql("select id, seq, assessed_at, author, ruleset_version from assessment"
                        + " where team_id = ? and seq < ? order by seq desc fetch first ? rows only")
                .params(teamId, before == null ? Integer.MAX_VALUE : before, limit + 1)
                .query((rs, row) -> new Entry(rs.getLong("id"), new HistoryEntry(rs.getInt("seq"),
                        rs.getObject("assessed_at", OffsetDateTime.class), rs.getString("author"),
                        rs.getString("ruleset_version"), List.of())))
                .list().stream().map(Entry::entry).toList();
        boolean more = entries.size() > limit;
        List<HistoryEntry> page = more ? entries.subList(0, limit) : entries;
        List<HistoryEntry> withLevels = withLevels(teamId, page);
        return new Slice<>(withLevels, more ? page.get(limit - 1).seq() : null);
    }

    private record Entry(long id, HistoryEntry entry) {
    }

    /** One query for the levels of a whole page, not one per entry. */
    private List<HistoryEntry> withLevels(String teamId, List<HistoryEntry> page) {
        if (page.isEmpty()) {
            return page;
        }
        int newest = page.get(0).seq();
        int oldest = page.get(page.size() - 1).seq();
        Map<Integer, List<StoredLevel>> levels = new LinkedHashMap<>();
        jdbc.sql("select a.seq, l.model, l.level, l.level_name, l.score from assessment a"
                        + " join assessment_level l on l.assessment_id = a.id"
                        + " where a.team_id = ? and a.seq between ? and ? order by a.seq, l.model")
                .params(teamId, oldest, newest)
                .query((ResultSet rs) -> {
                    levels.computeIfAbsent(rs.getInt("seq"), seq -> new ArrayList<>()).add(level(rs, 0));
                });
        return page.stream().map(entry -> new HistoryEntry(entry.seq(), entry.assessedAt(), entry.author(),
                entry.rulesetVersion(), levels.getOrDefault(entry.seq(), List.of()))).toList();
    }

    public Optional<StoredAssessment> assessment(String teamId, int seq) {
        return jdbc.sql("select seq, assessed_at, author, ruleset_version, input, result from assessment"
                        + " where team_id = ? and seq = ?").params(teamId, seq)
                .query((rs, row) -> new StoredAssessment(teamId, rs.getInt("seq"),
                        rs.getObject("assessed_at", OffsetDateTime.class), rs.getString("author"),
                        rs.getString("ruleset_version"), rs.getString("input"), rs.getString("result")))
                .optional();
    }

    /** Every assessment of every team (or one team), oldest first, for export; {@code sink} sees each in turn. */
    public void eachAssessment(String teamId, java.util.function.Consumer<StoredAssessment> sink) {
        String where = teamId == null ? "" : " where team_id = ?";
        var spec = jdbc.sql("select team_id, seq, assessed_at, author, ruleset_version, input, result from assessment"
                + where + " order by team_id, seq");
        if (teamId != null) {
            spec = spec.param(teamId);
        }
        spec.query((ResultSet rs) -> {
            sink.accept(new StoredAssessment(rs.getString("team_id"), rs.getInt("seq"),
                    rs.getObject("assessed_at", OffsetDateTime.class), rs.getString("author"),
                    rs.getString("ruleset_version"), rs.getString("input"), rs.getString("result")));
        });
    }

    /** Counts over every team's newest assessment; {@code topBlockers} per model. */
    public Portfolio portfolio(int topBlockers) {
        int teams = jdbc.sql("select count(*) from team").query(Integer.class).single();
        int assessed = jdbc.sql("select count(*) from team where latest_assessment_id is not null")
                .query(Integer.class).single();
        Map<String, List<Portfolio.LevelCount>> levels = new LinkedHashMap<>();
        jdbc.sql("select l.model, l.level, max(l.level_name) as level_name, count(*) as teams from team t"
                        + " join assessment_level l on l.assessment_id = t.latest_assessment_id"
                        + " group by l.model, l.level order by l.model, l.level")
                .query((ResultSet rs) -> {
                    levels.computeIfAbsent(rs.getString("model"), m -> new ArrayList<>()).add(
                            new Portfolio.LevelCount(rs.getInt("level"), rs.getString("level_name"),
                                    rs.getInt("teams")));
                });
        Map<String, List<Portfolio.BlockerCount>> blockers = new LinkedHashMap<>();
        jdbc.sql("select b.model, b.criterion, count(*) as teams from team t"
                        + " join assessment_blocker b on b.assessment_id = t.latest_assessment_id"
                        + " group by b.model, b.criterion order by b.model, count(*) desc, b.criterion")
                .query((ResultSet rs) -> {
                    List<Portfolio.BlockerCount> top = blockers.computeIfAbsent(rs.getString("model"),
                            m -> new ArrayList<>());
                    if (top.size() < topBlockers) {
                        top.add(new Portfolio.BlockerCount(rs.getString("criterion"), rs.getInt("teams")));
                    }
                });
        List<Portfolio.ModelDistribution> models = levels.entrySet().stream()
                .map(entry -> new Portfolio.ModelDistribution(entry.getKey(), entry.getValue(),
                        blockers.getOrDefault(entry.getKey(), List.of())))
                .toList();
        return new Portfolio(teams, assessed, models);
    }

    static StoredLevel level(ResultSet rs, int row) throws SQLException {
        double score = rs.getDouble("score");
        Double scored = rs.wasNull() ? null : score; // wasNull() speaks of the column read last: ask at once
        return new StoredLevel(rs.getString("model"), rs.getInt("level"), rs.getString("level_name"), scored);
    }
}
