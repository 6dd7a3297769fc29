package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team's life after it is registered: renamed, moved, archived, restored, deleted, its old assessments removed by
 * the retention setting. Each change is one transaction with its audit entries (V15's {@code audit_log.team_id}) and
 * the organisation's revision ({@link GroupStore#bumpRevision}): all of it or none.
 */
@Repository
public class TeamLifecycleStore {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final GroupStore groups;

    public TeamLifecycleStore(JdbcTemplate template, TransactionTemplate transactions, GroupStore groups) {
        this.jdbc = JdbcClient.create(template);
        this.transactions = transactions;
        this.groups = groups;
    }

    /**
     * What to change; a null name or archived, or {@code moves} false, keeps what is there.
     *
     * @param groupId the group to move to when {@code moves} (null: directly in the organisation)
     */
    public record Change(String name, boolean moves, String groupId, Boolean archived) {
    }

    /** One audit entry a change wrote: what changed, from what, to what (in words). */
    public record Changed(AuditAction action, String from, String to) {
    }

    /**
     * Applies the change under the team's row lock (so it orders with assessments being stored, which take the same
     * lock and refuse an archived team), writing one audit entry per field that really changed.
     *
     * @param groupWords a group id (null: none) in words, for the audit entries ("Retail › Pricing")
     * @return the entries written; empty when nothing changed
     * @throws NotFoundException when the team does not exist
     */
    public List<Changed> change(String teamId, Change change, String actor, OffsetDateTime at,
                                UnaryOperator<String> groupWords) {
        return transactions.execute(status -> {
            Locked team = lock(teamId).orElseThrow(() -> new NotFoundException("no team " + teamId));
            List<Changed> changed = new ArrayList<>();
            if (change.name() != null && !change.name().equals(team.name())) {
                jdbc.sql("update team set name = ? where id = ?").params(change.name(), teamId).update();
                changed.add(new Changed(AuditAction.TEAM_RENAMED, quoted(team.name()), quoted(change.name())));
            }
            if (change.moves() && !Objects.equals(change.groupId(), team.groupId())) {
                jdbc.sql("update team set group_id = ? where id = ?").params(change.groupId(), teamId).update();
                changed.add(new Changed(AuditAction.TEAM_MOVED, groupWords.apply(team.groupId()),
                        groupWords.apply(change.groupId())));
            }
            if (change.archived() != null && change.archived() != team.archived()) {
                jdbc.sql("update team set archived_at = ? where id = ?")
                        .params(change.archived() ? at : null, teamId).update();
                changed.add(change.archived() ? new Changed(AuditAction.TEAM_ARCHIVED, "active", "archived")
                        : new Changed(AuditAction.TEAM_RESTORED, "archived", "active"));
            }
            String name = change.name() == null ? team.name() : change.name();
            changed.forEach(entry -> audit(actor, entry.action(), teamId, "team " + teamId + " (" + quoted(name)
                    + "), from " + entry.from() + " to " + entry.to(), at));
            if (!changed.isEmpty()) {
                groups.bumpRevision();
            }
            return List.copyOf(changed);
        });
    }

    private static String quoted(String name) {
        return "\u201c" + name + "\u201d";
    }

    private record Locked(String name, String groupId, boolean archived) {
    }

    private Optional<Locked> lock(String teamId) {
        return jdbc.sql("select name, group_id, archived_at from team where id = ? for update").param(teamId)
                .query((rs, n) -> new Locked(rs.getString("name"), rs.getString("group_id"),
                        rs.getObject("archived_at", OffsetDateTime.class) != null)).optional();
    }

    /** What a deletion removed with the team. */
    public record Deleted(String teamId, String name, int assessments, int scans, int plans, int tokens) {

        /** "12 assessments, 1 scan, no plans, 2 pipeline tokens" */
        public String words() {
            return counted(assessments, "assessment") + ", " + counted(scans, "scan") + ", " + counted(plans, "plan")
                    + ", " + counted(tokens, "pipeline token");
        }
    }

    static String counted(int count, String noun) {
        return (count == 0 ? "no" : String.valueOf(count)) + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * Deletes the team with everything that refers to it (its assessments with their levels and standings, its
     * scans, plans and pipeline tokens; the rule-set versions and their dictionaries are shared and stay), and one
     * audit entry naming what went, in one transaction.
     *
     * @throws NotFoundException when the team does not exist
     */
    public Deleted delete(String teamId, String actor, OffsetDateTime at) {
        return transactions.execute(status -> {
            Locked team = lock(teamId).orElseThrow(() -> new NotFoundException("no team " + teamId));
            jdbc.sql("update team set latest_assessment_id = null where id = ?").param(teamId).update();
            String ofTeam = " where assessment_id in (select id from assessment where team_id = ?)";
            jdbc.sql("delete from answer_standing" + ofTeam).param(teamId).update();
            jdbc.sql("delete from assessment_level" + ofTeam).param(teamId).update();
            int assessments = jdbc.sql("delete from assessment where team_id = ?").param(teamId).update();
            int scans = jdbc.sql("delete from team_scan where team_id = ?").param(teamId).update();
            int plans = jdbc.sql("delete from team_plan where team_id = ?").param(teamId).update();
            int tokens = jdbc.sql("delete from api_token where team_id = ?").param(teamId).update();
            jdbc.sql("delete from team where id = ?").param(teamId).update();
            Deleted deleted = new Deleted(teamId, team.name(), assessments, scans, plans, tokens);
            audit(actor, AuditAction.TEAM_DELETED, teamId, "team " + teamId + " (" + quoted(team.name())
                    + ") with " + deleted.words(), at);
            groups.bumpRevision();
            return deleted;
        });
    }

    /** What a retention run removed. */
    public record Purged(int assessments, int teams) {
    }

    /**
     * Removes the assessments made before {@code before}, except each team's newest (by its newest pointer and by its
     * highest number, which are the same one), with their levels and standings, and writes one audit entry when it
     * removed any. Runs hold the organisation's revision row while they delete, so two replicas running at once take
     * turns: the second finds nothing left to remove and writes no entry.
     */
    public Purged purge(OffsetDateTime before, int days, String actor, OffsetDateTime at) {
        return transactions.execute(status -> {
            jdbc.sql("select revision from org_revision where id = 1 for update").query(Long.class).single();
            record Old(long id, String teamId) {
            }
            List<Old> old = jdbc.sql("select a.id, a.team_id from assessment a where a.assessed_at < ?"
                            + " and not exists (select 1 from team t where t.latest_assessment_id = a.id)"
                            + " and a.seq < (select max(b.seq) from assessment b where b.team_id = a.team_id)"
                            + " order by a.id")
                    .param(before).query((rs, n) -> new Old(rs.getLong("id"), rs.getString("team_id"))).list();
            int teams = (int) old.stream().map(Old::teamId).distinct().count();
            int assessments = 0;
            // by id, a page at a time: the set is fixed when the run starts, whatever is stored meanwhile
            for (int from = 0; from < old.size(); from += PAGE) {
                List<Object> ids = old.subList(from, Math.min(old.size(), from + PAGE)).stream()
                        .map(row -> (Object) row.id()).toList();
                String in = " in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
                jdbc.sql("delete from answer_standing where assessment_id" + in).params(ids).update();
                jdbc.sql("delete from assessment_level where assessment_id" + in).params(ids).update();
                assessments += jdbc.sql("delete from assessment where id" + in).params(ids).update();
            }
            if (assessments > 0) {
                audit(actor, AuditAction.ASSESSMENTS_PURGED, null, counted(assessments, "assessment") + " of "
                        + counted(teams, "team") + " made more than " + counted(days, "day") + " ago (before "
                        + before.toLocalDate() + "); each team's newest kept", at);
                groups.bumpRevision();
            }
            return new Purged(assessments, assessments == 0 ? 0 : teams);
        });
    }

    /** The audit entries about a team, newest first, at most {@code limit}. */
    public List<AuditEntry> audit(String teamId, int limit) {
        return jdbc.sql("select seq, at, actor, action, ruleset, reason, details from audit_log where team_id = ?"
                        + " order by seq desc fetch first ? rows only").params(teamId, limit)
                .query((rs, row) -> new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"), AuditAction.stored(rs.getString("action")), rs.getString("ruleset"),
                        rs.getString("reason"), rs.getString("details"))).list();
    }

    /** An audit entry about a team (null: about none), in the transaction of the change it records. */
    public void audit(String actor, AuditAction action, String teamId, String details, OffsetDateTime at) {
        jdbc.sql("insert into audit_log (at, actor, action, ruleset, reason, details, team_id)"
                + " values (?, ?, ?, ?, ?, ?, ?)").params(at, actor, action.id(), null, "", details, teamId).update();
    }
}
