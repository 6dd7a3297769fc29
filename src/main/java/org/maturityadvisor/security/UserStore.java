package org.maturityadvisor.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users in the database (table {@code app_user}), shared by every replica. */
@Repository
class UserStore {

    private static final String COLUMNS = "name, password_hash, role, disabled, created_at, failed_sign_ins, "
            + "locked_until";

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
    }

    Optional<UserAccount> find(String name) {
        return jdbc.sql("select " + COLUMNS + " from app_user where name = ?").param(name)
                .query(UserStore::account).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by name").query(UserStore::account).list();
    }

    /** False when the name is taken. */
    boolean create(String name, String passwordHash, Role role, OffsetDateTime at) {
        if (find(name).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("insert into app_user (name, password_hash, role, created_at) values (?, ?, ?, ?)")
                    .params(name, passwordHash, role.label(), at).update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            return false;
        }
    }

    void update(UserAccount account) {
        jdbc.sql("update app_user set password_hash = ?, role = ?, disabled = ?, failed_sign_ins = ?, locked_until = ?"
                        + " where name = ?").params(account.passwordHash(), account.role().label(), account.disabled(),
                account.failedSignIns(), account.lockedUntil(), account.name()).update();
    }

    boolean delete(String name) {
        return jdbc.sql("delete from app_user where name = ?").param(name).update() == 1;
    }

    /** Counts one more wrong password, atomically across replicas; the new count. */
    int failedSignIn(String name) {
        jdbc.sql("update app_user set failed_sign_ins = failed_sign_ins + 1 where name = ?").param(name).update();
        return jdbc.sql("select failed_sign_ins from app_user where name = ?").param(name).query(Integer.class)
                .optional().orElse(0);
    }

    void lock(String name, OffsetDateTime until) {
        jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = ? where name = ?").params(until, name)
                .update();
    }

    void signedIn(String name) {
        jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = null where name = ?"
                + " and (failed_sign_ins > 0 or locked_until is not null)").param(name).update();
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getString("name"), rs.getString("password_hash"),
                Role.of(rs.getString("role")).orElseThrow(), rs.getBoolean("disabled"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("failed_sign_ins"),
                rs.getObject("locked_until", OffsetDateTime.class));
    }
}
