package org.maturityadvisor.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.store.JsonFrames.Dictionary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 23 (V9, H2 and PostgreSQL alike): {@code assessment_level.target_level}, the level the assessment's target
 * advice sets in that model (null in the other models and when there is no advice), so that the portfolio sorts and
 * filters by gap (target level less level) in SQL. The rows stored before it are filled from their stored results, a
 * page at a time inside Flyway's transaction, reading only each result's {@code target.model} and
 * {@code target.target}.
 */
public final class PortfolioTargetsMigration {

    private static final int PAGE = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Map<Long, Dictionary> dictionaries = new HashMap<>();

    private PortfolioTargetsMigration(Connection connection) {
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    public static void run(Connection connection) {
        new JdbcTemplate(new SingleConnectionDataSource(connection, true))
                .execute("alter table assessment_level add column target_level integer");
        fill(connection);
    }

    /** Sets every stored level row's target level from its assessment's stored result. */
    static void fill(Connection connection) {
        PortfolioTargetsMigration migration = new PortfolioTargetsMigration(connection);
        long after = 0;
        for (List<Row> page = migration.page(after); !page.isEmpty(); page = migration.page(after)) {
            migration.fill(page);
            after = page.get(page.size() - 1).id();
        }
    }

    private record Row(long id, long dictionary, byte[] result) {
    }

    private List<Row> page(long after) {
        return jdbc.query("select id, dictionary_id, result_z from assessment where id > ? order by id"
                + " fetch first " + PAGE + " rows only", (rs, n) -> new Row(rs.getLong("id"),
                rs.getLong("dictionary_id"), rs.getBytes("result_z")), after);
    }

    private void fill(List<Row> page) {
        List<Object[]> updates = new ArrayList<>();
        for (Row row : page) {
            JsonNode target = JSON.readTree(JsonFrames.decompress(row.result(), dictionary(row.dictionary())))
                    .path("target");
            if (target.path("model").isString() && target.path("target").isInt()) {
                updates.add(new Object[] {target.path("target").intValue(), row.id(),
                        target.path("model").stringValue()});
            }
        }
        jdbc.batchUpdate("update assessment_level set target_level = ? where assessment_id = ? and model = ?",
                updates);
    }

    private Dictionary dictionary(long id) {
        return dictionaries.computeIfAbsent(id, key -> Dictionary.of(key, JsonFrames.unpack(jdbc.queryForObject(
                "select content from result_dictionary where id = ?", byte[].class, key))));
    }
}
