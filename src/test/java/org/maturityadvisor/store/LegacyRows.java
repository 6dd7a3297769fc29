package org.maturityadvisor.store;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An assessment written as the store did before the lean store (schema V3): input and result as text, a level row
 * per model and a row per next-level blocker. For the migration test and the storage figures' baseline.
 */
public final class LegacyRows {

    private LegacyRows() {
    }

    /** @return the assessment's id */
    public static long insert(JdbcTemplate jdbc, String teamId, int seq, NewAssessment assessment) {
        jdbc.update("insert into assessment (team_id, seq, assessed_at, author, ruleset_version, input, result)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", teamId, seq, assessment.assessedAt(), assessment.author(),
                assessment.rulesetVersion(), assessment.input(), assessment.result());
        long id = jdbc.queryForObject("select id from assessment where team_id = ? and seq = ?", Long.class, teamId,
                seq);
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
