package org.maturityadvisor.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens (table {@code api_token}; V11's {@code team_id} for a pipeline token), looked up by their SHA-256. */
@Repository
class TokenStore {

    private static final String COLUMNS = "id, name, owner, role, created_at, expires_at, last_used_at, team_id, group_id, "
            + "read_only, pipeline";

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new token's row, or empty when the name is taken. */
    Optional<StoredToken> create(String name, String owner, Role role, String hash, OffsetDateTime at,
                                 OffsetDateTime expires) {
        return create(name, owner, role, hash, at, expires, Scope.OWNERS);
    }

    /** A pipeline token of {@code team}. */
    Optional<StoredToken> create(String name, String owner, Role role, String hash, OffsetDateTime at,
                                 OffsetDateTime expires, String team) {
        return create(name, owner, role, hash, at, expires, new Scope(null, team, false, true));
    }

    /**
     * Where a token reaches: a group or a team (both null: its owner's reach), read only or not; a pipeline token
     * pushes its team's observations only.
     */
    record Scope(String group, String team, boolean readOnly, boolean pipeline) {
        static final Scope OWNERS = new Scope(null, null, false, false);
    }

    /** The new token's row, scoped, or empty when the name is taken. */
    Optional<StoredToken> create(String name, String owner, Role role, String hash, OffsetDateTime at,
                                 OffsetDateTime expires, Scope scope) {
        if (jdbc.sql("select count(*) from api_token where name = ?").param(name).query(Long.class).single() > 0) {
            return Optional.empty();
        }
        try {
            jdbc.sql("insert into api_token (name, owner, role, token_hash, created_at, expires_at, team_id, group_id,"
                    + " read_only, pipeline) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").params(name, owner, role.label(),
                    hash, at, expires, scope.team(), scope.group(), scope.readOnly(), scope.pipeline()).update();
        } catch (DuplicateKeyException raced) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from api_token where name = ?").param(name)
                .query(TokenStore::token).optional();
    }

    Optional<StoredToken> byHash(String hash) {
        return jdbc.sql("select " + COLUMNS + " from api_token where token_hash = ?").param(hash)
                .query(TokenStore::token).optional();
    }

    Optional<StoredToken> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from api_token where id = ?").param(id).query(TokenStore::token)
                .optional();
    }

    /** The owner's tokens, or every token when {@code owner} is null. */
    List<StoredToken> list(String owner) {
        return owner == null
                ? jdbc.sql("select " + COLUMNS + " from api_token order by id").query(TokenStore::token).list()
                : jdbc.sql("select " + COLUMNS + " from api_token where owner = ? order by id").param(owner)
                .query(TokenStore::token).list();
    }

    /** The pipeline tokens of a team. */
    List<StoredToken> ofTeam(String team) {
        return jdbc.sql("select " + COLUMNS + " from api_token where team_id = ? and pipeline = ? order by id")
                .params(team, true)
                .query(TokenStore::token).list();
    }

    void used(long id, OffsetDateTime at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(at, id).update();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from api_token where id = ?").param(id).update() == 1;
    }

    private static StoredToken token(ResultSet rs, int row) throws SQLException {
        return new StoredToken(rs.getLong("id"), rs.getString("name"), rs.getString("owner"),
                Role.of(rs.getString("role")).orElseThrow(), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
                rs.getString("team_id"), rs.getString("group_id"), rs.getBoolean("read_only"),
                rs.getBoolean("pipeline"));
    }
}
