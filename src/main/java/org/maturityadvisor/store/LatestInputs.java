package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every team's newest stored input, for previewing what a draft rule set would do to the teams: read a page at a
 * time in team id order (keyset paging, so no page costs more than the first and no connection is held between
 * pages), the input still compressed so that whoever assesses it decompresses it, on its own thread.
 */
@Repository
public class LatestInputs {

    /**
     * A team and its newest assessment: the assessment's row, the rule-set version that produced it, and its input
     * as stored (read it with {@link Inputs#of}).
     */
    public record TeamInput(String teamId, String name, long assessmentId, String rulesetVersion, long dictionary,
                            byte[] frame) {
    }

    /**
     * The level one stored assessment reached in one model, its score (a scored model's), and the criteria that
     * block the level above it ({@code blockedLevel}; none at the top level).
     */
    public record StoredStanding(String model, int level, Double score, Integer blockedLevel, List<String> blockers) {

        public StoredStanding {
            blockers = List.copyOf(blockers);
        }
    }

    /** Reads the inputs of many teams on one thread, with one decompression context for all of them; close it. */
    public final class Inputs implements AutoCloseable {

        private final JsonFrames.Reader reader = new JsonFrames.Reader();

        private Inputs() {
        }

        /** The input of the team's newest assessment, JSON text exactly as it was assessed. */
        public String of(TeamInput team) {
            return teams.text(reader, team.dictionary(), team.frame());
        }

        @Override
        public void close() {
            reader.close();
        }
    }

    private final JdbcClient jdbc;
    private final TeamStore teams;

    public LatestInputs(JdbcClient jdbc, TeamStore teams) {
        this.jdbc = jdbc;
        this.teams = teams;
    }

    /** Up to {@code size} assessed teams whose id sorts after {@code afterTeam} ("" for the first page), by id. */
    public List<TeamInput> page(String afterTeam, int size) {
        // a preview is an analyst's, organisation-wide: every team that is not archived (archived ones never count)
        List<Object> params = new ArrayList<>();
        params.add(afterTeam);
        String scope = TeamSets.condition("t", org.maturityadvisor.organisation.TeamSet.active(), params);
        return jdbc.sql("select t.id, t.name, a.id as assessment_id, a.ruleset_version, a.dictionary_id, a.input_z"
                        + " from team t join assessment a on a.id = t.latest_assessment_id where t.id > ? and " + scope
                        + " order by t.id fetch first " + size + " rows only")
                .params(params)
                .query((rs, n) -> new TeamInput(rs.getString("id"), rs.getString("name"), rs.getLong("assessment_id"),
                        rs.getString("ruleset_version"), rs.getLong("dictionary_id"), rs.getBytes("input_z")))
                .list();
    }

    /** A reader for the inputs of many teams, for one thread. */
    public Inputs inputs() {
        return new Inputs();
    }

    /** Where each of these assessments stands in every model, by assessment id, in one query. */
    public Map<Long, List<StoredStanding>> standings(Collection<Long> assessmentIds) {
        Map<Long, List<StoredStanding>> standings = new HashMap<>();
        if (assessmentIds.isEmpty()) {
            return standings;
        }
        jdbc.sql("select assessment_id, model, level, score, blocked_level, blockers from assessment_level"
                        + " where assessment_id in (" + String.join(", ", Collections.nCopies(assessmentIds.size(), "?"))
                        + ")")
                .params(List.copyOf(assessmentIds))
                .query((ResultSet rs) -> {
                    standings.computeIfAbsent(rs.getLong("assessment_id"), id -> new ArrayList<>()).add(standing(rs));
                });
        return standings;
    }

    private static StoredStanding standing(ResultSet rs) throws SQLException {
        double score = rs.getDouble("score");
        Double scored = rs.wasNull() ? null : score; // wasNull() speaks of the column read last: ask at once
        int blocked = rs.getInt("blocked_level");
        Integer blockedLevel = rs.wasNull() ? null : blocked;
        String blockers = rs.getString("blockers");
        return new StoredStanding(rs.getString("model"), rs.getInt("level"), scored, blockedLevel,
                blockers == null || blockers.isEmpty() ? List.of() : List.of(blockers.split(" ")));
    }
}
