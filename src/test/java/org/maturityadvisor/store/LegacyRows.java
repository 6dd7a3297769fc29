package org.maturityadvisor.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An assessment written as the store did before the lean store (schema V3): input and result as text, a level row
 * per model and a row per next-level blocker. For the migration test and the storage figures' baseline.
 */
public final class LegacyRows {

    private LegacyRows() {
    }

    /**
     * The store's save as it was (TeamStore before the lean store), statement for statement, in one transaction:
     * lock the team row, next seq, insert with its text, a batch of levels, a batch of blockers, the newest pointer.
     *
     * @return the new seq
     */
    public static int save(JdbcTemplate jdbc, TransactionTemplate transactions, String teamId,
                           NewAssessment assessment) {
        return transactions.execute(status -> {
            List<String> locked = jdbc.queryForList("select id from team where id = ? for update", String.class,
                    teamId);
            if (locked.isEmpty()) {
                throw new NotFoundException("no team " + teamId);
            }
            int next = jdbc.queryForObject("select coalesce(max(seq), 0) + 1 from assessment where team_id = ?",
                    Integer.class, teamId);
            insert(jdbc, teamId, next, assessment);
            return next;
        });
    }

    /** @return the assessment's id */
    public static long insert(JdbcTemplate jdbc, String teamId, int seq, NewAssessment assessment) {
        KeyHolder key = new GeneratedKeyHolder();
        JdbcClient.create(jdbc).sql("insert into assessment (team_id, seq, assessed_at, author, ruleset_version,"
                        + " input, result) values (?, ?, ?, ?, ?, ?, ?)").params(teamId, seq, assessment.assessedAt(),
                        assessment.author(), assessment.rulesetVersion(), assessment.input(), assessment.result())
                .update(key, "id");
        long id = key.getKey().longValue();
        jdbc.batchUpdate("insert into assessment_level (assessment_id, model, level, level_name, score)"
                + " values (?, ?, ?, ?, ?)", assessment.levels().stream().map(level -> new Object[] {id,
                level.model(), level.level(), level.levelName(), level.score()}).toList());
        jdbc.batchUpdate("insert into assessment_blocker (assessment_id, model, blocked_level, criterion)"
                + " values (?, ?, ?, ?)", assessment.blockers().stream().map(blocker -> new Object[] {id,
                blocker.model(), blocker.blockedLevel(), blocker.criterion()}).toList());
        jdbc.update("update team set latest_assessment_id = ? where id = ?", id, teamId);
        return id;
    }
}
