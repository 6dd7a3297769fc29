package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maturityadvisor.organisation.TeamSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Scans of teams' repositories (V11's {@code team_scan}): stored whole, read back newest first. */
@Repository
public class ScanStore {

    private static final String COLUMNS = "id, team_id, scanned_at, scanned_by, tree, commit_sha, ref, ruleset_version,"
            + " observed, not_found, report";

    private final JdbcClient jdbc;

    public ScanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scan as stored, with its id. */
    public StoredScan save(StoredScan scan) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into team_scan (team_id, scanned_at, scanned_by, tree, commit_sha, ref, ruleset_version,"
                        + " observed, not_found, report) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(scan.teamId(), scan.scannedAt(), scan.scannedBy(), scan.tree(), scan.commit(), scan.ref(),
                        scan.rulesetVersion(), scan.observed(), scan.notFound(), scan.report())
                .update(key, "id");
        long id = key.getKeys().entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase("id"))
                .map(entry -> ((Number) entry.getValue()).longValue()).findFirst().orElseThrow();
        return new StoredScan(id, scan.teamId(), scan.scannedAt(), scan.scannedBy(), scan.tree(), scan.commit(),
                scan.ref(), scan.rulesetVersion(), scan.observed(), scan.notFound(), scan.report());
    }

    /** The team's newest scan, if its repository was ever scanned. */
    public Optional<StoredScan> latest(String teamId) {
        return jdbc.sql("select " + COLUMNS + " from team_scan where team_id = ? order by id desc fetch first 1 rows"
                + " only").param(teamId).query(ScanStore::scan).optional();
    }

    public Optional<StoredScan> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from team_scan where id = ?").param(id).query(ScanStore::scan)
                .optional();
    }

    /** The newest scan of each of these teams that has one, by team id, in one query (an import's batch). */
    public Map<String, StoredScan> latest(Collection<String> teamIds) {
        Map<String, StoredScan> latest = new HashMap<>();
        if (teamIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("select " + COLUMNS + " from team_scan s where s.id in (select max(id) from team_scan where team_id"
                        + " in (" + String.join(", ", Collections.nCopies(teamIds.size(), "?")) + ") group by team_id)")
                .params(List.copyOf(teamIds)).query(ScanStore::scan).list()
                .forEach(scan -> latest.put(scan.teamId(), scan));
        return latest;
    }

    /** The scan a stored assessment's answers were compared with, if any. */
    public Optional<StoredScan> ofAssessment(String teamId, int seq) {
        return jdbc.sql("select " + prefixed() + " from team_scan s join assessment a on a.scan_id = s.id"
                + " where a.team_id = ? and a.seq = ?").params(teamId, seq).query(ScanStore::scan).optional();
    }

    /** Checks that disagree with their team's scan, over every team's newest assessment. */
    public int disagreements() {
        return disagreements(TeamSet.active());
    }

    /** The same over the teams of {@code set}. */
    public int disagreements(TeamSet set) {
        List<Object> params = new java.util.ArrayList<>();
        String scope = TeamSets.condition("t", set, params);
        return jdbc.sql("select coalesce(sum(s.disagreements), 0) from team t join answer_standing s"
                + " on s.assessment_id = t.latest_assessment_id where " + scope).params(params)
                .query(Integer.class).single();
    }

    private static String prefixed() {
        return "s." + COLUMNS.replace(", ", ", s.");
    }

    private static StoredScan scan(ResultSet rs, int row) throws SQLException {
        return new StoredScan(rs.getLong("id"), rs.getString("team_id"),
                rs.getObject("scanned_at", OffsetDateTime.class), rs.getString("scanned_by"), rs.getString("tree"),
                rs.getString("commit_sha"), rs.getString("ref"), rs.getString("ruleset_version"),
                rs.getInt("observed"), rs.getInt("not_found"), rs.getString("report"));
    }
}
