package org.maturityadvisor.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.store.JsonFrames.Dictionary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The rows stored before the lean store (V1's text columns and one row per blocker), rewritten in the V4 columns a
 * page at a time inside Flyway's transaction: each input and result compressed against its version's dictionary, made
 * from the version's first stored assessment as {@link Dictionaries} does, and each model's blockers moved onto its
 * level row. Every text is checked to decompress to itself before it is written; nothing is dropped until V6.
 */
public final class LeanStoreMigration {

    private static final int PAGE = 200;

    private final JdbcTemplate jdbc;
    private final Map<String, Dictionary> dictionaries = new HashMap<>();

    private LeanStoreMigration(Connection connection) {
        this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    public static void run(Connection connection) {
        LeanStoreMigration migration = new LeanStoreMigration(connection);
        long after = 0;
        for (List<Row> page = migration.page(after); !page.isEmpty(); page = migration.page(after)) {
            migration.compress(page);
            migration.moveBlockers(page);
            after = page.get(page.size() - 1).id();
        }
    }

    private record Row(long id, String version, String input, String result) {
    }

    private List<Row> page(long after) {
        return jdbc.query("select id, ruleset_version, input, result from assessment where id > ? order by id"
                + " fetch first " + PAGE + " rows only", (rs, n) -> new Row(rs.getLong("id"),
                rs.getString("ruleset_version"), rs.getString("input"), rs.getString("result")), after);
    }

    private void compress(List<Row> page) {
        List<Object[]> updates = new ArrayList<>();
        for (Row row : page) {
            Dictionary dictionary = dictionaries.computeIfAbsent(row.version(), version -> dictionary(row));
            updates.add(new Object[] {dictionary.id(), checked(row.input(), dictionary),
                    checked(row.result(), dictionary), row.id()});
        }
        jdbc.batchUpdate("update assessment set dictionary_id = ?, input_z = ?, result_z = ? where id = ?", updates);
    }

    private static byte[] checked(String text, Dictionary dictionary) {
        byte[] frame = JsonFrames.compress(text, dictionary);
        if (!JsonFrames.decompress(frame, dictionary).equals(text)) {
            throw new IllegalStateException("a stored text does not survive compression; nothing was changed");
        }
        return frame;
    }

    private Dictionary dictionary(Row first) {
        byte[] content = JsonFrames.seed(first.input(), first.result());
        jdbc.update("insert into result_dictionary (ruleset_version, content) values (?, ?)", first.version(),
                JsonFrames.pack(content));
        long id = jdbc.queryForObject("select id from result_dictionary where ruleset_version = ?", Long.class,
                first.version());
        return Dictionary.of(id, content);
    }

    private record Key(long assessment, String model) {
    }

    private void moveBlockers(List<Row> page) {
        Map<Key, List<String>> criteria = new LinkedHashMap<>();
        Map<Key, Integer> levels = new HashMap<>();
        jdbc.query("select assessment_id, model, blocked_level, criterion from assessment_blocker where assessment_id"
                        + " in (" + String.join(", ", Collections.nCopies(page.size(), "?")) + ")"
                        + " order by assessment_id, model, criterion",
                (ResultSet rs) -> {
                    Key key = new Key(rs.getLong("assessment_id"), rs.getString("model"));
                    criteria.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString("criterion"));
                    levels.put(key, rs.getInt("blocked_level"));
                }, page.stream().map(row -> (Object) row.id()).toArray());
        List<Object[]> updates = new ArrayList<>();
        criteria.forEach((key, ids) -> updates.add(new Object[] {levels.get(key), String.join(" ", ids),
                key.assessment(), key.model()}));
        jdbc.batchUpdate("update assessment_level set blocked_level = ?, blockers = ? where assessment_id = ?"
                + " and model = ?", updates);
    }
}
