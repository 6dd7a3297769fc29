package org.maturityadvisor.security;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where a team sits, for deciding a caller's role on it: one read by primary key. */
@Repository
class TeamPlaces {

    /** The team's group (null: directly in the organisation) and whether it is archived. */
    record Place(String group, boolean archived) {
    }

    private final JdbcClient jdbc;

    TeamPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Place> of(String team) {
        return jdbc.sql("select group_id, archived_at from team where id = ?").param(team)
                .query((rs, row) -> new Place(rs.getString("group_id"), rs.getObject("archived_at") != null))
                .optional();
    }
}
