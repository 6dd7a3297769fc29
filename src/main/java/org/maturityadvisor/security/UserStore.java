package org.maturityadvisor.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Users in the database (table {@code app_user}), shared by every replica. */
@Repository
class UserStore {

    private static final String COLUMNS = "name, password_hash, role, disabled, created_at, failed_sign_ins, "
            + "locked_until";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    UserStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
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

    /** False when the name is taken. {@code role}: on the organisation, null for none. */
    boolean create(String name, String passwordHash, Role role, OffsetDateTime at) {
        if (find(name).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("insert into app_user (name, password_hash, role, created_at) values (?, ?, ?, ?)")
                    .params(name, passwordHash, role == null ? null : role.label(), at).update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            return false;
        }
    }

    /**
     * Stores the password hash, role and enabled flag; the count of wrong passwords is left alone (it changes under
     * concurrent sign-ins, see {@link #claimAttempt}), except that a new password lifts a lock and starts it again.
     */
    void update(UserAccount account, boolean newPassword) {
        jdbc.sql("update app_user set password_hash = ?, role = ?, disabled = ?"
                        + (newPassword ? ", failed_sign_ins = 0, locked_until = null" : "") + " where name = ?")
                .params(account.passwordHash(), account.role() == null ? null : account.role().label(),
                        account.disabled(), account.name()).update();
    }

    boolean delete(String name) {
        return jdbc.sql("delete from app_user where name = ?").param(name).update() == 1;
    }

    /**
     * Claims one of the user's {@code max} sign-in attempts before their password is checked: the attempt's number
     * (1 to max), or empty when the user is locked or every attempt is claimed. One conditional update, which waits
     * for any concurrent one on the row and re-reads it (H2 and PostgreSQL alike), so across threads and replicas no
     * more than {@code max} attempts are ever claimed; the count is read back in the same transaction, under the
     * update's row lock, so two claims never see the same number.
     */
    OptionalInt claimAttempt(String name, int max, OffsetDateTime now) {
        Integer claimed = transactions.execute(status -> {
            int rows = jdbc.sql("update app_user set failed_sign_ins = failed_sign_ins + 1 where name = ?"
                    + " and failed_sign_ins < ? and (locked_until is null or locked_until <= ?)")
                    .params(name, max, now).update();
            return rows == 0 ? null : jdbc.sql("select failed_sign_ins from app_user where name = ?").param(name)
                    .query(Integer.class).single();
        });
        return claimed == null ? OptionalInt.empty() : OptionalInt.of(claimed);
    }

    /** Gives back a claimed attempt that checked no password (the user is disabled, or the check failed). */
    void releaseAttempt(String name) {
        jdbc.sql("update app_user set failed_sign_ins = failed_sign_ins - 1 where name = ? and failed_sign_ins > 0")
                .param(name).update();
    }

    void lock(String name, OffsetDateTime until) {
        jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = ? where name = ?").params(until, name)
                .update();
    }

    /** A right password: the count of wrong ones in a row starts again (the attempt it claimed included). */
    void signedIn(String name) {
        jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = null where name = ?"
                + " and (failed_sign_ins > 0 or locked_until is not null)").param(name).update();
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getString("name"), rs.getString("password_hash"),
                Role.of(rs.getString("role")).orElse(null), rs.getBoolean("disabled"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("failed_sign_ins"),
                rs.getObject("locked_until", OffsetDateTime.class));
    }
}
