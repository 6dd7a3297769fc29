package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;
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

    /**
     * Holds the organisation's revision row until the transaction ends: every change to the tree takes it first, so
     * that changes to the tree run one after another, each checking the tree the one before left.
     */
    public void lockTree() {
        jdbc.sql("select revision from org_revision where id = 1 for update").query(Long.class).list();
    }

    /** A group's new name. @return whether the group exists */
    public boolean rename(String id, String name) {
        boolean renamed = jdbc.sql("update org_group set name = ? where id = ?").params(name, id).update() == 1;
        bumpRevision(); // a listing shows the group's path in words
        return renamed;
    }

    /**
     * A group, with everything below it, under a new parent (null: a unit of the organisation); what a listing of a
     * group's teams holds changes, so the revision is bumped. Check {@link GroupTree#refuseParent} first.
     *
     * @return whether the group exists
     */
    public boolean reparent(String id, String parentId) {
        boolean moved = jdbc.sql("update org_group set parent_id = ? where id = ?").params(parentId, id).update() == 1;
        bumpRevision();
        return moved;
    }

    /**
     * Locks a group's row until the transaction ends (a team placed in it meanwhile waits), so that what is counted
     * in it before a deletion is still so when it is deleted. @return whether the group exists
     */
    public boolean lock(String id) {
        return !jdbc.sql("select id from org_group where id = ? for update").param(id).query(String.class).list()
                .isEmpty();
    }

    /** How many teams sit directly in a group, archived ones too: a group holding any is not deleted. */
    public int teamsIn(String id) {
        return jdbc.sql("select count(*) from team where group_id = ?").param(id).query(Integer.class).single();
    }

    /** Deletes a group; call it only on an empty one ({@link #teamsIn}, no sub-group). @return whether it existed */
    public boolean delete(String id) {
        return jdbc.sql("delete from org_group where id = ?").param(id).update() == 1;
    }

    /** How many teams of {@code set} sit directly in each group (the key null: outside every group). */
    public Map<String, Integer> teamCounts(TeamSet set) {
        Map<String, Integer> counts = new HashMap<>();
        if (set.empty()) {
            return counts;
        }
        List<Object> params = new ArrayList<>();
        String condition = TeamSets.condition("t", set, params);
        jdbc.sql("select t.group_id, count(*) as teams from team t where " + condition + " group by t.group_id")
                .params(params).query((ResultSet rs) -> {
                    counts.put(rs.getString("group_id"), rs.getInt("teams"));
                });
        return counts;
    }

    /** The group a team sits in: empty when the team does not exist, a null group when it sits in none. */
    public Optional<Optional<String>> groupOf(String teamId) {
        return jdbc.sql("select group_id from team where id = ?").param(teamId)
                .query((rs, n) -> Optional.ofNullable(rs.getString("group_id"))).optional();
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
