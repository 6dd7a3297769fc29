package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every team's newest stored input, for previewing what a draft rule set would do to the teams. */
@Repository
public class LatestInputs {

    /** A team and the input of its newest assessment (JSON text). */
    public record TeamInput(String teamId, String name, String input) {
    }

    private final JdbcClient jdbc;
    private final TeamStore teams;

    public LatestInputs(JdbcClient jdbc, TeamStore teams) {
        this.jdbc = jdbc;
        this.teams = teams;
    }

    public void each(Consumer<TeamInput> sink) {
        jdbc.sql("select t.id, t.name, a.dictionary_id, a.input_z from team t join assessment a"
                + " on a.id = t.latest_assessment_id order by t.id").query((ResultSet rs) -> {
                    sink.accept(new TeamInput(rs.getString("id"), rs.getString("name"),
                            teams.text(rs.getLong("dictionary_id"), rs.getBytes("input_z"))));
                });
    }
}
