package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rule-set versions by content hash (the zip of their files, who stored them, when and why), which one is active,
 * and the audit log of every change to the rules.
 */
@Repository
public class RuleSetStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public RuleSetStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A version's number, and whether this call stored it (false: it was kept already). */
    public record Recorded(long seq, boolean created) {
    }

    /** Keeps a version unless its hash is already kept (another replica may store the same one at the same moment). */
    public Recorded record(String hash, byte[] content, String author, String comment, String origin,
                           OffsetDateTime at) {
        Optional<Long> known = seqOf(hash);
        if (known.isPresent()) {
            return new Recorded(known.get(), false);
        }
        try {
            jdbc.sql("insert into ruleset_version (hash, created_at, author, comment, origin, content)"
                    + " values (?, ?, ?, ?, ?, ?)").params(hash, at, author, comment, origin, content).update();
            return new Recorded(seqOf(hash).orElseThrow(), true);
        } catch (DuplicateKeyException raced) {
            return new Recorded(seqOf(hash).orElseThrow(), false); // same hash, same content
        }
    }

    /** Marks a kept version as a draft (unless already published) and keeps its check report. */
    public void draft(String hash, String report) {
        jdbc.sql("update ruleset_version set report = ?, state = case when state = 'published' then state"
                + " else 'draft' end where hash = ?").params(report, hash).update();
    }

    public Optional<String> report(String hash) {
        return jdbc.sql("select report from ruleset_version where hash = ?").param(hash).query(String.class)
                .optional();
    }

    /** Versions newest first, {@code limit} at a time, below {@code before} (null: the newest). */
    public Slice<StoredRuleSet, Long> versions(Long before, int limit) {
        List<StoredRuleSet> page = jdbc.sql("select seq, hash, created_at, author, comment, origin, state"
                        + " from ruleset_version where seq < ? order by seq desc fetch first ? rows only")
                .params(before == null ? Long.MAX_VALUE : before, limit + 1).query(RuleSetStore::version).list();
        return page.size() > limit ? new Slice<>(page.subList(0, limit), page.get(limit - 1).seq())
                : new Slice<>(page, null);
    }

    /** A version by its number or its content hash; empty for digits that are no version number (none is stored). */
    public Optional<StoredRuleSet> version(String seqOrHash) {
        boolean digits = !seqOrHash.isEmpty() && seqOrHash.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits) {
            return versionWhere("hash = ?", seqOrHash);
        }
        return VersionRef.number(seqOrHash).flatMap(seq -> versionWhere("seq = ?", seq));
    }

    private Optional<StoredRuleSet> versionWhere(String where, Object key) {
        return jdbc.sql("select seq, hash, created_at, author, comment, origin, state from ruleset_version where "
                + where).param(key).query(RuleSetStore::version).optional();
    }

    private static StoredRuleSet version(ResultSet rs, int row) throws SQLException {
        return new StoredRuleSet(rs.getLong("seq"), rs.getString("hash"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("author"), rs.getString("comment"),
                rs.getString("origin"), rs.getString("state"));
    }

    /**
     * Makes a version the active one for every replica, in one transaction with its audit entry.
     */
    public void activate(String hash, String actor, String action, String reason, String details,
                         OffsetDateTime at) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update ruleset_version set state = 'published' where hash = ?").param(hash).update();
            jdbc.sql("insert into ruleset_activation (hash, at, actor, action, reason) values (?, ?, ?, ?, ?)")
                    .params(hash, at, actor, action, reason).update();
            audit(actor, action, hash, reason, details, at);
        });
    }

    /** The activations, newest first. */
    public List<Activation> activations(int limit) {
        return jdbc.sql("select seq, hash, at, actor, action, reason from ruleset_activation order by seq desc"
                        + " fetch first ? rows only").param(limit)
                .query((rs, row) -> new Activation(rs.getLong("seq"), rs.getString("hash"),
                        rs.getObject("at", OffsetDateTime.class), rs.getString("actor"), rs.getString("action"),
                        rs.getString("reason"))).list();
    }

    /** The version every replica should serve: the newest activation's; empty before the first. */
    public Optional<String> activeHash() {
        return activations(1).stream().findFirst().map(Activation::hash);
    }

    public void audit(String actor, String action, String hash, String reason, String details, OffsetDateTime at) {
        jdbc.sql("insert into audit_log (at, actor, action, ruleset, reason, details) values (?, ?, ?, ?, ?, ?)")
                .params(at, actor, action, hash, reason, details).update();
    }

    /** The audit log newest first, {@code limit} at a time, below {@code before} (null: the newest). */
    public Slice<AuditEntry, Long> auditLog(Long before, int limit) {
        List<AuditEntry> page = jdbc.sql("select seq, at, actor, action, ruleset, reason, details from audit_log"
                        + " where seq < ? order by seq desc fetch first ? rows only")
                .params(before == null ? Long.MAX_VALUE : before, limit + 1)
                .query((rs, row) -> new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("ruleset"),
                        rs.getString("reason"), rs.getString("details"))).list();
        return page.size() > limit ? new Slice<>(page.subList(0, limit), page.get(limit - 1).seq())
                : new Slice<>(page, null);
    }

    public Optional<Long> seqOf(String hash) {
        return jdbc.sql("select seq from ruleset_version where hash = ?").param(hash).query(Long.class).optional();
    }

    public Optional<byte[]> content(String hash) {
        return jdbc.sql("select content from ruleset_version where hash = ?").param(hash).query(byte[].class)
                .optional();
    }
}
