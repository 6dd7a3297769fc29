package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many teams and assessments at a time: a bulk import written in one transaction, and an export read a page at a
 * time so that no more than one page of assessments is ever held in memory.
 */
@Repository
public class BulkStore {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final TeamStore teams;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoint;

    public BulkStore(JdbcClient jdbc, TeamStore teams, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.teams = teams;
        this.transactions = transactions;
        this.savepoint = new TransactionTemplate(transactions.getTransactionManager());
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * One row of an import: its team, registered first if new, and the assessment to store as the team's next,
     * made only when its turn comes so that a large import holds one full result at a time, not all of them.
     */
    public record ImportItem(String teamId, String teamName, Supplier<NewAssessment> assessment) {
    }

    /** What an import row became: whether it registered its team, its number in the history, its levels. */
    public record Imported(String teamId, boolean created, int seq, List<StoredLevel> levels) {
    }

    /**
     * Registers every new team and stores every assessment in ONE transaction: when anything fails (a constraint the
     * database enforces, a lost connection) nothing of the import is written, and the failure reaches the caller.
     */
    public List<Imported> importAll(List<ImportItem> items) {
        NewAssessment first = items.isEmpty() ? null : items.get(0).assessment().get();
        if (first != null) {
            teams.compress(first); // makes the version's dictionary, if new, before the import's transaction
        }
        return transactions.execute(status -> {
            List<Imported> imported = new ArrayList<>();
            for (ImportItem item : items) {
                NewAssessment assessment = item == items.get(0) ? first : item.assessment().get();
                boolean created = createIfAbsent(item, assessment);
                // TeamStore.save's own transaction joins this one (propagation REQUIRED), so it commits with it
                int seq = teams.save(item.teamId(), assessment);
                imported.add(new Imported(item.teamId(), created, seq, assessment.levels()));
            }
            return imported;
        });
    }

    /**
     * Registers the team unless it exists. Another import may register the same new team at the same moment: its
     * insert then waits for that one's commit and fails on the key; the savepoint keeps this transaction alive (on
     * PostgreSQL a failed statement would abort it), and the team counts as existing, as it now does.
     */
    private boolean createIfAbsent(ImportItem item, NewAssessment assessment) {
        int known = jdbc.sql("select count(*) from team where id = ?").param(item.teamId()).query(Integer.class)
                .single();
        if (known > 0) {
            return false;
        }
        try {
            savepoint.executeWithoutResult(status -> teams.create(item.teamId(), item.teamName(),
                    assessment.author(), assessment.assessedAt()));
            return true;
        } catch (TeamExistsException raced) {
            return false;
        }
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
        String afterTeam = "";
        int afterSeq = 0;
        while (true) {
            List<Row> page = page(teamId, afterTeam, afterSeq, withResult);
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
    private List<Row> page(String teamId, String afterTeam, int afterSeq, boolean withResult) {
        String where = teamId == null ? "(team_id > ? or (team_id = ? and seq > ?))" : "team_id = ? and seq > ?";
        List<Object> params = teamId == null ? List.of(afterTeam, afterTeam, afterSeq) : List.of(teamId, afterSeq);
        return jdbc.sql("select id, team_id, seq, assessed_at, author, ruleset_version, dictionary_id, input_z"
                        + (withResult ? ", result_z" : "") + " from assessment where " + where
                        + " order by team_id, seq fetch first " + PAGE + " rows only")
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
