package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.List;

import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation's groups (V12's {@code org_group}) and the revision every change to what a listing shows bumps.
 * The tree's shape is checked by {@link GroupTree#refuseParent} before a write; the database keeps parents real.
 */
@Repository
public class GroupStore {

    private final JdbcClient jdbc;

    public GroupStore(JdbcTemplate template) {
        this.jdbc = JdbcClient.create(template);
    }

    public GroupTree tree() {
        return GroupTree.of(all());
    }

    public List<Group> all() {
        return jdbc.sql("select id, name, parent_id from org_group order by id")
                .query((rs, n) -> new Group(rs.getString("id"), rs.getString("name"), rs.getString("parent_id")))
                .list();
    }

    /** @throws GroupExistsException when the id is taken */
    public Group create(Group group, String author, OffsetDateTime at) {
        try {
            jdbc.sql("insert into org_group (id, name, parent_id, created_at, created_by) values (?, ?, ?, ?, ?)")
                    .params(group.id(), group.name(), group.parentId(), at, author).update();
        } catch (DuplicateKeyException e) {
            throw new GroupExistsException(group.id());
        }
        bumpRevision();
        return group;
    }

    /** Puts a team in a group (null: directly in the organisation). @return whether the team exists */
    public boolean place(String teamId, String groupId) {
        boolean placed = jdbc.sql("update team set group_id = ? where id = ?").params(groupId, teamId).update() == 1;
        bumpRevision();
        return placed;
    }

    /**
     * Records that what a listing shows changed without a row added (a move, an archive, a deletion, a group's new
     * parent): caches keyed on {@link PortfolioStore#stamp()} see it.
     */
    public void bumpRevision() {
        jdbc.sql("update org_revision set revision = revision + 1 where id = 1").update();
    }
}
