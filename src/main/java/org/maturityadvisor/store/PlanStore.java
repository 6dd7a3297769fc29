package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The plans saved per team (V8). A name is unique within its team: a second one is a {@link PlanExistsException}. */
@Repository
public class PlanStore {

    private static final String COLUMNS = "id, team_id, name, changes, created_at, created_by, updated_at, updated_by";

    private final JdbcClient jdbc;

    public PlanStore(JdbcTemplate template) {
        this.jdbc = JdbcClient.create(template);
    }

    /** The team's plans in the order they were saved. */
    public List<StoredPlan> plans(String teamId) {
        return jdbc.sql("select " + COLUMNS + " from team_plan where team_id = ? order by id").params(teamId)
                .query(PlanStore::plan).list();
    }

    public Optional<StoredPlan> plan(String teamId, long id) {
        return jdbc.sql("select " + COLUMNS + " from team_plan where team_id = ? and id = ?").params(teamId, id)
                .query(PlanStore::plan).optional();
    }

    public StoredPlan create(String teamId, String name, String changes, OffsetDateTime at, String author) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into team_plan (team_id, name, changes, created_at, created_by, updated_at, updated_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?)").params(teamId, name, changes, at, author, at, author)
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new PlanExistsException(teamId, name);
        }
        return new StoredPlan(key.getKey().longValue(), teamId, name, changes, at, author, at, author);
    }

    /** @return false when the team has no such plan */
    public boolean update(String teamId, long id, String name, String changes, OffsetDateTime at, String author) {
        try {
            return jdbc.sql("update team_plan set name = ?, changes = ?, updated_at = ?, updated_by = ?"
                    + " where team_id = ? and id = ?").params(name, changes, at, author, teamId, id).update() == 1;
        } catch (DuplicateKeyException e) {
            throw new PlanExistsException(teamId, name);
        }
    }

    /** @return false when the team has no such plan */
    public boolean delete(String teamId, long id) {
        return jdbc.sql("delete from team_plan where team_id = ? and id = ?").params(teamId, id).update() == 1;
    }

    private static StoredPlan plan(ResultSet rs, int row) throws SQLException {
        return new StoredPlan(rs.getLong("id"), rs.getString("team_id"), rs.getString("name"), rs.getString("changes"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }
}
