package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.maturityadvisor.organisation.TeamSet;
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
    private final Dictionaries dictionaries;

    public TeamStore(JdbcTemplate template, TransactionTemplate transactions) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
        this.transactions = transactions;
        this.dictionaries = new Dictionaries(jdbc, transactions);
    }

    /** @throws TeamExistsException when the id is taken */
    public StoredTeam create(String id, String name, String author, OffsetDateTime at) {
        return create(id, name, null, author, at);
    }

    /**
     * A new team in group {@code groupId} (null: directly in the organisation; the group must exist).
     *
     * @throws TeamExistsException when the id is taken
     */
    public StoredTeam create(String id, String name, String groupId, String author, OffsetDateTime at) {
        try {
            jdbc.sql("insert into team (id, name, created_at, created_by, group_id) values (?, ?, ?, ?, ?)")
                    .params(id, name, at, author, groupId).update();
        } catch (DuplicateKeyException e) {
            throw new TeamExistsException(id);
        }
        return new StoredTeam(id, name, at, author, 0, List.of(), groupId, null);
    }

    public Optional<StoredTeam> team(String id) {
        return teams("where t.id = ?", List.of(id), 1).stream().findFirst();
    }

    /** Teams in id order, {@code limit} at a time, starting after {@code after} (null for the first page). */
    public Slice<StoredTeam, String> teams(String after, int limit) {
        return teams(after, limit, null);
    }

    /**
     * The same, only the teams whose newest assessment has an answer stale on {@code staleBy} (null: every team):
     * one that turns stale on or before that day (V10's {@code answer_standing.stale_from}).
     */
    public Slice<StoredTeam, String> teams(String after, int limit, java.time.LocalDate staleBy) {
        return teams(after, limit, staleBy, TeamSet.active());
    }

    /** The same, only the teams of {@code set} (archived ones only when it includes them). */
    public Slice<StoredTeam, String> teams(String after, int limit, java.time.LocalDate staleBy, TeamSet set) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        conditions.add(TeamSets.condition("t", set, params));
        if (after != null) {
            conditions.add("t.id > ?");
            params.add(after);
        }
        if (staleBy != null) {
            conditions.add("exists (select 1 from answer_standing s where s.assessment_id = t.latest_assessment_id"
                    + " and s.stale_from <= ?)");
            params.add(java.sql.Date.valueOf(staleBy));
        }
        List<StoredTeam> page = teams("where " + String.join(" and ", conditions), params, limit + 1);
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
        jdbc.sql("select t.id, t.name, t.created_at, t.created_by, t.assessments, t.group_id, t.archived_at, l.model,"
                        + " l.level, l.level_name, l.score from (select t.id, t.name, t.created_at, t.created_by,"
                        + " t.latest_assessment_id, t.group_id, t.archived_at,"
                        + " (select count(*) from assessment a where a.team_id = t.id) as assessments"
                        + " from team t " + where + " order by t.id fetch first ? rows only) t"
                        + " left join assessment_level l on l.assessment_id = t.latest_assessment_id"
                        + " order by t.id, l.model")
                .params(all).query((ResultSet rs) -> {
                    String id = rs.getString("id");
                    if (!teams.containsKey(id)) {
                        teams.put(id, new StoredTeam(id, rs.getString("name"),
                                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                                rs.getInt("assessments"), List.of(), rs.getString("group_id"),
                                rs.getObject("archived_at", OffsetDateTime.class)));
                    }
                    List<StoredLevel> ofTeam = levels.computeIfAbsent(id, key -> new ArrayList<>());
                    if (rs.getString("model") != null) {
                        ofTeam.add(level(rs, 0));
                    }
                });
        return teams.values().stream().map(team -> new StoredTeam(team.id(), team.name(), team.createdAt(),
                team.createdBy(), team.assessments(), levels.get(team.id()), team.groupId(), team.archivedAt()))
                .toList();
    }

    /**
     * Stores an assessment as the team's next one. The input and result are compressed before the transaction, so
     * the team's row is locked only for the writes: lock the team, insert the assessment with its next seq, its level
     * rows (each with its model's next-level blockers) in one batch, move the team's newest pointer.
     *
     * @return its number in the team's history (1 for the first)
     * @throws NotFoundException when the team does not exist
     * @throws TeamArchivedException when the team is archived
     */
    public int save(String teamId, NewAssessment assessment) {
        Compressed compressed = compress(assessment);
        Integer seq = transactions.execute(status -> insert(teamId, assessment, compressed));
        return seq;
    }

    /**
     * Makes the dictionary of the assessment's rule-set version if it has none yet, in a transaction of its own: call
     * it before a transaction that stores assessments of a version that may be new (an import).
     */
    public void prepare(NewAssessment first) {
        dictionaries.forVersion(first.rulesetVersion(), first.input(), first.result());
    }

    /** An assessment's input and result as stored: zstd frames against its version's dictionary. */
    record Compressed(long dictionary, byte[] input, byte[] result) {
    }

    /** Call outside a transaction: the version's first assessment makes its dictionary, in a transaction of its own. */
    Compressed compress(NewAssessment assessment) {
        JsonFrames.Dictionary dictionary = dictionaries.forVersion(assessment.rulesetVersion(), assessment.input(),
                assessment.result());
        return new Compressed(dictionary.id(), JsonFrames.compress(assessment.input(), dictionary),
                JsonFrames.compress(assessment.result(), dictionary));
    }

    /** The JSON text of a stored frame. */
    String text(long dictionary, byte[] frame) {
        return JsonFrames.decompress(frame, dictionaries.byId(dictionary));
    }

    /** The same, with a reader that one thread reuses for many frames. */
    String text(JsonFrames.Reader reader, long dictionary, byte[] frame) {
        return reader.decompress(frame, dictionaries.byId(dictionary));
    }

    private int insert(String teamId, NewAssessment assessment, Compressed compressed) {
        // the team row lock orders concurrent assessments of one team; the unique (team_id, seq) backs it up
        List<Boolean> locked = jdbc.sql("select archived_at from team where id = ? for update").param(teamId)
                .query((rs, n) -> rs.getObject("archived_at") != null).list();
        if (locked.isEmpty()) {
            throw new NotFoundException("no team " + teamId);
        }
        if (locked.get(0)) {
            throw new TeamArchivedException(teamId); // archived while this assessment was being made
        }
        // a statement of its own after the lock: its snapshot sees the seq of the commit it may have waited for
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into assessment (team_id, seq, assessed_at, author, ruleset_version, dictionary_id, input_z,"
                        + " result_z, scan_id) select ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?, cast(? as bigint)"
                        + " from assessment"
                        + " where team_id = ?")
                .params(teamId, assessment.assessedAt(), assessment.author(), assessment.rulesetVersion(),
                        compressed.dictionary(), compressed.input(), compressed.result(), assessment.scanId(), teamId)
                .update(key, "id", "seq");
        Map<String, Object> keys = key.getKeys();
        long id = ((Number) value(keys, "id")).longValue();
        int seq = ((Number) value(keys, "seq")).intValue();
        insertLevels(List.of(new LevelRows(id, assessment)));
        jdbc.sql("update team set latest_assessment_id = ? where id = ?").params(id, teamId).update();
        return seq;
    }

    /** A generated key by name, whichever case the driver gives it in (H2: upper, PostgreSQL: lower). */
    private static Object value(Map<String, Object> keys, String name) {
        return keys.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no generated " + name + " in " + keys.keySet()))
                .getValue();
    }

    /** The level rows of one stored assessment. */
    record LevelRows(long assessmentId, NewAssessment assessment) {
    }

    /** The level rows of many assessments in one batch: per model its level and its next level's blockers. */
    void insertLevels(List<LevelRows> assessments) {
        List<Object[]> rows = new ArrayList<>();
        for (LevelRows of : assessments) {
            Map<String, List<NewAssessment.NextLevelBlocker>> blockers = new LinkedHashMap<>();
            of.assessment().blockers().forEach(blocker -> blockers.computeIfAbsent(blocker.model(),
                    model -> new ArrayList<>()).add(blocker));
            NewAssessment.Target target = of.assessment().target();
            for (StoredLevel level : of.assessment().levels()) {
                List<NewAssessment.NextLevelBlocker> next = blockers.getOrDefault(level.model(), List.of());
                rows.add(new Object[] {of.assessmentId(), level.model(), level.level(), level.levelName(),
                        level.score(), next.isEmpty() ? null : next.get(0).blockedLevel(), next.isEmpty() ? null
                        : String.join(" ", next.stream().map(NewAssessment.NextLevelBlocker::criterion).toList()),
                        target != null && target.model().equals(level.model()) ? target.level() : null});
            }
        }
        template.batchUpdate("insert into assessment_level (assessment_id, model, level, level_name, score,"
                + " blocked_level, blockers, target_level) values (?, ?, ?, ?, ?, ?, ?, ?)", rows, LEVEL_TYPES);
        insertStandings(assessments);
    }

    /** What each assessment's answers rest on (V10), one row per assessment, in one batch. */
    private void insertStandings(List<LevelRows> assessments) {
        List<Object[]> rows = assessments.stream().map(of -> {
            AnswerStanding standing = of.assessment().standing();
            return new Object[] {of.assessmentId(), standing.claimed(), standing.evidenced(), standing.confirmed(),
                    standing.staleFrom() == null ? null : java.sql.Date.valueOf(standing.staleFrom()), standing.days(),
                    standing.observed(), standing.disagreements()};
        }).toList();
        template.batchUpdate("insert into answer_standing (assessment_id, claimed, evidenced, confirmed, stale_from,"
                + " stale_days, observed, disagreements) values (?, ?, ?, ?, ?, ?, ?, ?)", rows, STANDING_TYPES);
    }

    private static final int[] STANDING_TYPES = {Types.BIGINT, Types.INTEGER, Types.INTEGER, Types.INTEGER,
            Types.DATE, Types.VARCHAR, Types.INTEGER, Types.INTEGER};

    private static final int[] LEVEL_TYPES = {Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
            Types.DOUBLE, Types.INTEGER, Types.VARCHAR, Types.INTEGER};

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
        return jdbc.sql("select seq, assessed_at, author, ruleset_version, dictionary_id, input_z, result_z"
                        + " from assessment where team_id = ? and seq = ?").params(teamId, seq)
                .query((rs, row) -> stored(teamId, rs)).optional();
    }

    private StoredAssessment stored(String teamId, ResultSet rs) throws SQLException {
        long dictionary = rs.getLong("dictionary_id");
        return new StoredAssessment(teamId, rs.getInt("seq"), rs.getObject("assessed_at", OffsetDateTime.class),
                rs.getString("author"), rs.getString("ruleset_version"), text(dictionary, rs.getBytes("input_z")),
                text(dictionary, rs.getBytes("result_z")));
    }

    /** Answers stale on {@code day} over every team's newest assessment (V10's stale days, counted up to it). */
    public int staleAnswers(java.time.LocalDate day) {
        return staleAnswers(day, TeamSet.active());
    }

    /** The same over the teams of {@code set}. */
    public int staleAnswers(java.time.LocalDate day, TeamSet set) {
        List<Object> params = new ArrayList<>();
        params.add(java.sql.Date.valueOf(day));
        String scope = TeamSets.condition("t", set, params);
        return jdbc.sql("select s.stale_days from team t join answer_standing s"
                        + " on s.assessment_id = t.latest_assessment_id where s.stale_from <= ? and " + scope)
                .params(params).query(String.class).list().stream()
                .mapToInt(days -> AnswerStanding.staleOn(days, day)).sum();
    }

    /** Answers with evidence no second person confirmed, over every team's newest assessment. */
    public int unconfirmedAnswers() {
        return unconfirmedAnswers(TeamSet.active());
    }

    /** The same over the teams of {@code set}. */
    public int unconfirmedAnswers(TeamSet set) {
        List<Object> params = new ArrayList<>();
        String scope = TeamSets.condition("t", set, params);
        return jdbc.sql("select coalesce(sum(s.evidenced), 0) from team t join answer_standing s"
                + " on s.assessment_id = t.latest_assessment_id where " + scope).params(params)
                .query(Integer.class).single();
    }

    /** Counts over every team's newest assessment; {@code topBlockers} per model. */
    public Portfolio portfolio(int topBlockers) {
        return portfolio(topBlockers, TeamSet.active());
    }

    /** Counts over the newest assessments of the teams of {@code set} (never an archived one). */
    public Portfolio portfolio(int topBlockers, TeamSet set) {
        TeamSet counted = set.withArchived(false);
        List<Object> params = new ArrayList<>();
        String scope = TeamSets.condition("t", counted, params);
        int teams = jdbc.sql("select count(*) from team t where " + scope).params(params).query(Integer.class)
                .single();
        int assessed = jdbc.sql("select count(*) from team t where t.latest_assessment_id is not null and " + scope)
                .params(params).query(Integer.class).single();
        Map<String, List<Portfolio.LevelCount>> levels = new LinkedHashMap<>();
        jdbc.sql("select l.model, l.level, max(l.level_name) as level_name, count(*) as teams from team t"
                        + " join assessment_level l on l.assessment_id = t.latest_assessment_id where " + scope
                        + " group by l.model, l.level order by l.model, l.level")
                .params(params).query((ResultSet rs) -> {
                    levels.computeIfAbsent(rs.getString("model"), m -> new ArrayList<>()).add(
                            new Portfolio.LevelCount(rs.getInt("level"), rs.getString("level_name"),
                                    rs.getInt("teams")));
                });
        Map<String, List<Portfolio.BlockerCount>> blockers = commonBlockers(topBlockers, scope, params);
        List<Portfolio.ModelDistribution> models = levels.entrySet().stream()
                .map(entry -> new Portfolio.ModelDistribution(entry.getKey(), entry.getValue(),
                        blockers.getOrDefault(entry.getKey(), List.of())))
                .toList();
        return new Portfolio(teams, assessed, models);
    }

    /**
     * Per model, the criteria blocking the most teams' next level, most first (then by id): counted here over one
     * short row per team and model, which costs less than a row per blocker costs to store (docs/BENCHMARKS.md).
     */
    private Map<String, List<Portfolio.BlockerCount>> commonBlockers(int top, String scope, List<Object> params) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        jdbc.sql("select l.model, l.blockers from team t join assessment_level l"
                        + " on l.assessment_id = t.latest_assessment_id where l.blockers is not null and " + scope)
                .params(params).query((ResultSet rs) -> {
                    Map<String, Integer> ofModel = counts.computeIfAbsent(rs.getString("model"), m -> new HashMap<>());
                    for (String criterion : rs.getString("blockers").split(" ")) {
                        if (!criterion.isEmpty()) {
                            ofModel.merge(criterion, 1, Integer::sum);
                        }
                    }
                });
        Map<String, List<Portfolio.BlockerCount>> blockers = new LinkedHashMap<>();
        counts.forEach((model, ofModel) -> blockers.put(model, ofModel.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top).map(entry -> new Portfolio.BlockerCount(entry.getKey(), entry.getValue())).toList()));
        return blockers;
    }

    static StoredLevel level(ResultSet rs, int row) throws SQLException {
        double score = rs.getDouble("score");
        Double scored = rs.wasNull() ? null : score; // wasNull() speaks of the column read last: ask at once
        return new StoredLevel(rs.getString("model"), rs.getInt("level"), rs.getString("level_name"), scored);
    }
}
