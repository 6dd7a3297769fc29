package org.maturityadvisor.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The roles users hold (V13): on the organisation in {@code app_user.role} (null: none), on groups in
 * {@code role_grant}, one per user and group.
 */
@Repository
class GrantStore {

    private final JdbcClient jdbc;

    GrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user's grants, or empty when there is no such user. */
    Optional<Grants> of(String user) {
        Optional<String> organisation = jdbc.sql("select role from app_user where name = ?").param(user)
                .query((rs, row) -> Optional.ofNullable(rs.getString("role"))).optional()
                .map(role -> role.orElse(""));
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        List<Grant> onGroups = jdbc.sql("select group_id, role from role_grant where user_name = ? order by group_id")
                .param(user).query((rs, row) -> new Grant(Role.of(rs.getString("role")).orElseThrow(),
                        rs.getString("group_id"))).list();
        return Optional.of(Grants.of(Role.of(organisation.get()).orElse(null), onGroups));
    }

    /** Grants the role on the group, replacing the user's role there; false when the user already held it. */
    boolean put(String user, String group, Role role, String by, OffsetDateTime at) {
        int changed = jdbc.sql("update role_grant set role = ?, granted_at = ?, granted_by = ? where user_name = ? "
                + "and group_id = ? and role <> ?").params(role.label(), at, by, user, group, role.label()).update();
        if (changed > 0) {
            return true;
        }
        boolean held = jdbc.sql("select count(*) from role_grant where user_name = ? and group_id = ?")
                .params(user, group).query(Long.class).single() > 0;
        if (held) {
            return false;
        }
        jdbc.sql("insert into role_grant (user_name, group_id, role, granted_at, granted_by) values (?, ?, ?, ?, ?)")
                .params(user, group, role.label(), at, by).update();
        return true;
    }

    /** The role the user held on the group, now removed; empty when they held none there. */
    Optional<Role> remove(String user, String group) {
        Optional<Role> held = jdbc.sql("select role from role_grant where user_name = ? and group_id = ?")
                .params(user, group).query((rs, row) -> Role.of(rs.getString("role")).orElseThrow()).optional();
        held.ifPresent(role -> jdbc.sql("delete from role_grant where user_name = ? and group_id = ?")
                .params(user, group).update());
        return held;
    }
}
