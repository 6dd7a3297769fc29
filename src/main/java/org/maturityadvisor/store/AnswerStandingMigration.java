package org.maturityadvisor.store;

import java.sql.Connection;
import java.sql.Types;
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
 * Issue 24 (V10, H2 and PostgreSQL alike): {@code answer_standing}, one row per stored assessment: how many of its
 * answers are bare claims, evidenced but not confirmed, confirmed, and the day each answer with a "valid for" turns
 * stale, so that the portfolio, {@code GET /api/teams?stale=true} and the gauges count without reading inputs. The
 * assessments stored before it held only bare claims with no day of their own (no practice had a "valid for"): each
 * gets a row counting its answers as claims, read a page at a time from its stored input.
 */
public final class AnswerStandingMigration {

    private static final int PAGE = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Map<Long, Dictionary> dictionaries = new HashMap<>();

    private AnswerStandingMigration(Connection connection) {
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    public static void run(Connection connection) {
        AnswerStandingMigration migration = new AnswerStandingMigration(connection);
        migration.jdbc.execute("create table answer_standing ("
                + " assessment_id bigint primary key references assessment (id),"
                + " claimed integer not null, evidenced integer not null, confirmed integer not null,"
                + " stale_from date, stale_days varchar(1000000))");
        migration.jdbc.execute("create index answer_standing_stale_from on answer_standing (stale_from)");
        long after = 0;
        for (List<Row> page = migration.page(after); !page.isEmpty(); page = migration.page(after)) {
            migration.fill(page);
            after = page.get(page.size() - 1).id();
        }
    }

    private record Row(long id, long dictionary, byte[] input) {
    }

    private List<Row> page(long after) {
        return jdbc.query("select id, dictionary_id, input_z from assessment where id > ? order by id"
                + " fetch first " + PAGE + " rows only", (rs, n) -> new Row(rs.getLong("id"),
                rs.getLong("dictionary_id"), rs.getBytes("input_z")), after);
    }

    private void fill(List<Row> page) {
        List<Object[]> rows = new ArrayList<>();
        for (Row row : page) {
            JsonNode answers = JSON.readTree(JsonFrames.decompress(row.input(), dictionary(row.dictionary())))
                    .path("answers");
            int claimed = 0;
            for (JsonNode answer : answers.values()) {
                claimed += answer.isNull() ? 0 : 1;
            }
            rows.add(new Object[] {row.id(), claimed, 0, 0, null, null});
        }
        jdbc.batchUpdate("insert into answer_standing (assessment_id, claimed, evidenced, confirmed, stale_from,"
                + " stale_days) values (?, ?, ?, ?, ?, ?)", rows, new int[] {Types.BIGINT, Types.INTEGER,
                Types.INTEGER, Types.INTEGER, Types.DATE, Types.VARCHAR});
    }

    private Dictionary dictionary(long id) {
        return dictionaries.computeIfAbsent(id, key -> Dictionary.of(key, JsonFrames.unpack(jdbc.queryForObject(
                "select content from result_dictionary where id = ?", byte[].class, key))));
    }
}
