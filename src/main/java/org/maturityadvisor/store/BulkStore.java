package org.maturityadvisor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many teams and assessments at a time: a bulk import written in one transaction a batch at a time, and an export read a page at a
 * time so that no more than one page of assessments is ever held in memory.
 */
@Repository
public class BulkStore {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TeamStore teams;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoint;

    public BulkStore(JdbcTemplate template, TeamStore teams, TransactionTemplate transactions) {
        this.template = template;
        this.jdbc = JdbcClient.create(template);
        this.teams = teams;
        this.transactions = transactions;
        this.savepoint = new TransactionTemplate(transactions.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * One row of an import, assessed: its team (registered first if new, under {@code teamName}, in group
     * {@code groupId}; null: directly in the organisation) and assessment.
     */
    public record ImportItem(String teamId, String teamName, NewAssessment assessment, String groupId) {

        public ImportItem(String teamId, String teamName, NewAssessment assessment) {
            this(teamId, teamName, assessment, null);
        }
    }

    /** What an import row became: whether it registered its team, its number in the history, its levels. */
    public record Imported(String teamId, boolean created, int seq, List<StoredLevel> levels) {
    }

    /**
     * Runs a whole import in ONE transaction, {@link #write} called batch after batch inside {@code work}: when
     * anything fails (a constraint the database enforces, a lost connection, a bad row found late) nothing of the
     * import is written, and the failure reaches the caller. Call {@link TeamStore#prepare} with the first assessment
     * before, so that a new rule-set version's dictionary is committed before the import refers to it.
     */
    public <T> T inOneTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /**
     * Writes one batch of an import inside {@link #inOneTransaction}: the new teams, the assessments with their next
     * seqs, their level rows, the teams' newest pointers, each as one batched statement (a handful of round trips
     * for the whole batch, where one row at a time took seven per row).
     */
    public List<Imported> write(List<ImportItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Set<String> created = createMissing(items);
        List<String> ids = items.stream().map(ImportItem::teamId).distinct().sorted().toList();
        // the team row locks order these assessments with concurrent ones of the same teams (sorted: no deadlock)
        jdbc.sql("select id, archived_at from team where id in (" + placeholders(ids.size()) + ") order by id for"
                        + " update").params(List.copyOf(ids))
                .query((rs, n) -> rs.getObject("archived_at") == null ? null : rs.getString("id")).list().stream()
                .filter(java.util.Objects::nonNull).findFirst().ifPresent(archived -> {
                    throw new TeamArchivedException(archived); // archived since its rows were checked
                });
        Map<String, Integer> seqs = lastSeqs(ids);
        // compressing touches no connection (the dictionary was made before the transaction): on every core
        List<TeamStore.Compressed> frames = items.parallelStream().map(item -> teams.compress(item.assessment()))
                .toList();
        List<Object[]> rows = new ArrayList<>();
        List<Imported> imported = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ImportItem item = items.get(i);
            int seq = seqs.merge(item.teamId(), 1, Integer::sum);
            TeamStore.Compressed compressed = frames.get(i);
            NewAssessment assessment = item.assessment();
            rows.add(new Object[] {item.teamId(), seq, assessment.assessedAt(), assessment.author(),
                    assessment.rulesetVersion(), compressed.dictionary(), compressed.input(), compressed.result(),
                    assessment.scanId()});
            imported.add(new Imported(item.teamId(), created.remove(item.teamId()), seq, assessment.levels()));
        }
        List<Long> assessmentIds = insertAssessments(rows);
        List<TeamStore.LevelRows> levels = new ArrayList<>();
        Map<String, Long> newest = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            levels.add(new TeamStore.LevelRows(assessmentIds.get(i), items.get(i).assessment()));
            newest.put(items.get(i).teamId(), assessmentIds.get(i));
        }
        teams.insertLevels(levels);
        template.batchUpdate("update team set latest_assessment_id = ? where id = ?", newest.entrySet().stream()
                .map(entry -> new Object[] {entry.getValue(), entry.getKey()}).toList());
        return imported;
    }

    /**
     * Registers the batch's teams that are not yet, in one batch under a savepoint. Another import may register one
     * of them at the same moment: the insert then waits for that one's commit and fails on the key; the savepoint
     * keeps this transaction alive (on PostgreSQL a failed statement would abort it), and the batch's teams are
     * registered one at a time instead, the raced one counting as existing, as it now is.
     *
     * @return the ids this import registered
     */
    private Set<String> createMissing(List<ImportItem> items) {
        Map<String, ImportItem> firsts = new TreeMap<>();
        items.forEach(item -> firsts.putIfAbsent(item.teamId(), item));
        firsts.keySet().removeAll(names(firsts.keySet()).keySet());
        if (firsts.isEmpty()) {
            return new HashSet<>();
        }
        try {
            savepoint.executeWithoutResult(status -> template.batchUpdate("insert into team (id, name, created_at,"
                    + " created_by, group_id) values (?, ?, ?, ?, ?)", firsts.values().stream().map(item -> new Object[] {
                    item.teamId(), item.teamName(), item.assessment().assessedAt(), item.assessment().author(),
                    item.groupId()}).toList()));
            return new HashSet<>(firsts.keySet());
        } catch (DataIntegrityViolationException raced) {
            Set<String> created = new HashSet<>();
            firsts.values().stream().filter(this::createIfAbsent).forEach(item -> created.add(item.teamId()));
            return created;
        }
    }

    private boolean createIfAbsent(ImportItem item) {
        if (!names(List.of(item.teamId())).isEmpty()) {
            return false;
        }
        try {
            savepoint.executeWithoutResult(status -> teams.create(item.teamId(), item.teamName(), item.groupId(),
                    item.assessment().author(), item.assessment().assessedAt()));
            return true;
        } catch (TeamExistsException raced) {
            return false;
        }
    }

    private Map<String, Integer> lastSeqs(List<String> ids) {
        Map<String, Integer> seqs = new HashMap<>();
        jdbc.sql("select team_id, max(seq) as seq from assessment where team_id in (" + placeholders(ids.size())
                        + ") group by team_id").params(List.copyOf(ids))
                .query((ResultSet rs) -> {
                    seqs.put(rs.getString("team_id"), rs.getInt("seq"));
                });
        return seqs;
    }

    /** One batched insert; the generated ids in the order of the rows. */
    private List<Long> insertAssessments(List<Object[]> rows) {
        KeyHolder keys = new GeneratedKeyHolder();
        template.batchUpdate(connection -> connection.prepareStatement("insert into assessment (team_id, seq,"
                + " assessed_at, author, ruleset_version, dictionary_id, input_z, result_z, scan_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"}), new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Object[] row = rows.get(i);
                        for (int column = 0; column < row.length - 1; column++) {
                            ps.setObject(column + 1, row[column]);
                        }
                        if (row[row.length - 1] == null) {
                            ps.setNull(row.length, java.sql.Types.BIGINT); // V11's scan_id: compared with no scan
                        } else {
                            ps.setLong(row.length, (Long) row[row.length - 1]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                }, keys);
        List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.values().iterator().next()).longValue())
                .toList();
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(rows.size() + " assessments inserted, " + ids.size() + " ids returned");
        }
        return ids;
    }

    /** Those of {@code ids} that are registered and archived. */
    public Set<String> archived(Collection<String> ids) {
        Set<String> archived = new HashSet<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += PAGE) {
            List<String> page = all.subList(from, Math.min(all.size(), from + PAGE));
            archived.addAll(jdbc.sql("select id from team where archived_at is not null and id in ("
                    + placeholders(page.size()) + ")").params(page).query(String.class).list());
        }
        return archived;
    }

    /** The group of each of {@code ids} that is registered (the value null: directly in the organisation). */
    public Map<String, String> groups(Collection<String> ids) {
        Map<String, String> groups = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += PAGE) {
            List<String> page = all.subList(from, Math.min(all.size(), from + PAGE));
            jdbc.sql("select id, group_id from team where id in (" + placeholders(page.size()) + ")").params(page)
                    .query((ResultSet rs) -> {
                        groups.put(rs.getString("id"), rs.getString("group_id"));
                    });
        }
        return groups;
    }

    /**
     * Issue 27: those of {@code ids} that are registered but outside {@code set} (a caller's writable teams): an
     * import refuses their rows as unknown teams.
     */
    public Set<String> outside(Collection<String> ids, org.maturityadvisor.organisation.TeamSet set) {
        Set<String> outside = new HashSet<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += PAGE) {
            List<String> page = all.subList(from, Math.min(all.size(), from + PAGE));
            List<Object> params = new ArrayList<>(page);
            String within = TeamSets.condition("t", set, params);
            outside.addAll(jdbc.sql("select t.id from team t where t.id in (" + placeholders(page.size())
                    + ") and not (" + within + ")").params(params).query(String.class).list());
        }
        return outside;
    }

    /** The names of those of {@code ids} that are registered. */
    public Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += PAGE) {
            List<String> page = all.subList(from, Math.min(all.size(), from + PAGE));
            jdbc.sql("select id, name from team where id in (" + placeholders(page.size()) + ")").params(page)
                    .query((ResultSet rs) -> {
                        names.put(rs.getString("id"), rs.getString("name"));
                    });
        }
        return names;
    }

    /**
     * Every assessment of every team (or of {@code teamId}), by team id and oldest first, with its levels; the full
     * result is read only when {@code withResult}.
     */
    public void eachExported(String teamId, boolean withResult, Consumer<ExportedAssessment> sink) {
        eachExported(teamId, withResult, org.maturityadvisor.organisation.TeamSet.active(), sink);
    }

    /** The same, only the assessments of the teams of {@code set} (never an archived team's). */
    public void eachExported(String teamId, boolean withResult, org.maturityadvisor.organisation.TeamSet set,
                             Consumer<ExportedAssessment> sink) {
        org.maturityadvisor.organisation.TeamSet exported = set.withArchived(false);
        String afterTeam = "";
        int afterSeq = 0;
        while (true) {
            List<Row> page = page(teamId, afterTeam, afterSeq, withResult, exported);
            Map<Long, List<StoredLevel>> levels = levels(page);
            page.forEach(row -> sink.accept(row.exported(levels.getOrDefault(row.id(), List.of()))));
            if (page.size() < PAGE) {
                return;
            }
            Row last = page.get(page.size() - 1);
            afterTeam = last.teamId();
            afterSeq = last.seq();
        }
    }

    private record Row(long id, String teamId, int seq, OffsetDateTime assessedAt, String author,
                       String rulesetVersion, String input, String result) {
        ExportedAssessment exported(List<StoredLevel> levels) {
            return new ExportedAssessment(teamId, seq, assessedAt, author, rulesetVersion, input, result, levels);
        }
    }

    /** Keyset paging on (team_id, seq): each page starts after the last row of the one before. */
    private List<Row> page(String teamId, String afterTeam, int afterSeq, boolean withResult,
                           org.maturityadvisor.organisation.TeamSet set) {
        String where = teamId == null ? "(a.team_id > ? or (a.team_id = ? and a.seq > ?))"
                : "a.team_id = ? and a.seq > ?";
        List<Object> params = new ArrayList<>(teamId == null ? List.of(afterTeam, afterTeam, afterSeq)
                : List.of(teamId, afterSeq));
        String scope = TeamSets.condition("t", set, params);
        return jdbc.sql("select a.id, a.team_id, a.seq, a.assessed_at, a.author, a.ruleset_version, a.dictionary_id,"
                        + " a.input_z" + (withResult ? ", a.result_z" : "") + " from assessment a"
                        + " join team t on t.id = a.team_id where " + where + " and " + scope
                        + " order by a.team_id, a.seq fetch first " + PAGE + " rows only")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("team_id"), rs.getInt("seq"),
                        rs.getObject("assessed_at", OffsetDateTime.class), rs.getString("author"),
                        rs.getString("ruleset_version"), teams.text(rs.getLong("dictionary_id"), rs.getBytes("input_z")),
                        withResult ? teams.text(rs.getLong("dictionary_id"), rs.getBytes("result_z")) : null))
                .list();
    }

    private Map<Long, List<StoredLevel>> levels(List<Row> page) {
        Map<Long, List<StoredLevel>> levels = new LinkedHashMap<>();
        if (page.isEmpty()) {
            return levels;
        }
        jdbc.sql("select assessment_id, model, level, level_name, score from assessment_level where assessment_id in ("
                        + placeholders(page.size()) + ") order by assessment_id, model")
                .params(page.stream().map(row -> (Object) row.id()).toList())
                .query((ResultSet rs) -> {
                    levels.computeIfAbsent(rs.getLong("assessment_id"), id -> new ArrayList<>())
                            .add(TeamStore.level(rs, 0));
                });
        return levels;
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
