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
    public Recorded record(String hash, byte[] content, String author, String comment, VersionOrigin origin,
                           OffsetDateTime at) {
        Optional<Long> known = seqOf(hash);
        if (known.isPresent()) {
            return new Recorded(known.get(), false);
        }
        try {
            jdbc.sql("insert into ruleset_version (hash, created_at, author, comment, origin, content)"
                    + " values (?, ?, ?, ?, ?, ?)").params(hash, at, author, comment, origin.id(), content).update();
            return new Recorded(seqOf(hash).orElseThrow(), true);
        } catch (DuplicateKeyException raced) {
            return new Recorded(seqOf(hash).orElseThrow(), false); // same hash, same content
        }
    }

    /** Marks a kept version as a draft (unless already published) and keeps its check report. */
    public void draft(String hash, String report) {
        jdbc.sql("update ruleset_version set report = ?, state = case when state = ? then state else ? end"
                + " where hash = ?").params(report, VersionState.PUBLISHED.id(), VersionState.DRAFT.id(), hash)
                .update();
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
                VersionOrigin.stored(rs.getString("origin")), VersionState.stored(rs.getString("state")));
    }

    /**
     * Makes a version the active one for every replica, in one transaction with its audit entry, whatever is active
     * (a start or a deploy of the rules directory): it replaces the newest activation, trying again if another
     * replaced that one first.
     */
    public void activate(String hash, String actor, AuditAction action, String reason, String details,
                         OffsetDateTime at) {
        for (int attempt = 1; ; attempt++) {
            try {
                activateIf(newestActivation().orElse(null), hash, actor, action, reason, details, at);
                return;
            } catch (ActiveVersionChanged raced) {
                if (attempt == 5) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Makes a version the active one for every replica, in one transaction with its audit entry, only if
     * {@code expected} (null: none yet) is still the newest activation: a compare-and-set in the database, so of two
     * replicas or threads that saw the same active version only one replaces it, and the other writes nothing.
     *
     * @throws ActiveVersionChanged naming the activation that came first
     */
    public void activateIf(Activation expected, String hash, String actor, AuditAction action, String reason,
                           String details, OffsetDateTime at) {
        Long replaces = expected == null ? null : expected.seq();
        try {
            transactions.executeWithoutResult(status -> {
                Optional<Activation> newest = newestActivation();
                if (!newest.map(Activation::seq).equals(Optional.ofNullable(replaces))) {
                    throw new ActiveVersionChanged(newest.orElseThrow());
                }
                // the unique constraint on replaces is the compare-and-set when two get this far at the same moment
                jdbc.sql("insert into ruleset_activation (hash, at, actor, action, reason, replaces)"
                        + " values (?, ?, ?, ?, ?, ?)").params(hash, at, actor, action.id(), reason, replaces).update();
                jdbc.sql("update ruleset_version set state = ? where hash = ?")
                        .params(VersionState.PUBLISHED.id(), hash).update();
                audit(actor, action, hash, reason, details, at);
            });
        } catch (DuplicateKeyException raced) {
            throw new ActiveVersionChanged(replacementOf(replaces).or(this::newestActivation).orElseThrow());
        }
    }

    /** Another activation replaced the one a caller expected: {@link #winner()} is the newest now. */
    public static final class ActiveVersionChanged extends RuntimeException {
        private final transient Activation winner;

        ActiveVersionChanged(Activation winner) {
            super("the active rule-set version changed meanwhile: " + winner.action().id() + " of " + winner.hash()
                    + " by " + winner.actor());
            this.winner = winner;
        }

        public Activation winner() {
            return winner;
        }
    }

    private Optional<Activation> replacementOf(Long replaced) {
        return replaced == null ? Optional.empty() : jdbc.sql("select seq, hash, at, actor, action, reason from"
                + " ruleset_activation where replaces = ?").param(replaced).query(RuleSetStore::activation).optional();
    }

    /** The newest activation: the version every replica should serve; empty before the first. */
    public Optional<Activation> newestActivation() {
        return activations(1).stream().findFirst();
    }

    /** The activations, newest first. */
    public List<Activation> activations(int limit) {
        return jdbc.sql("select seq, hash, at, actor, action, reason from ruleset_activation order by seq desc"
                        + " fetch first ? rows only").param(limit)
                .query(RuleSetStore::activation).list();
    }

    private static Activation activation(ResultSet rs, int row) throws SQLException {
        return new Activation(rs.getLong("seq"), rs.getString("hash"), rs.getObject("at", OffsetDateTime.class),
                rs.getString("actor"), AuditAction.stored(rs.getString("action")), rs.getString("reason"));
    }

    /** The version every replica should serve: the newest activation's; empty before the first. */
    public Optional<String> activeHash() {
        return newestActivation().map(Activation::hash);
    }

    public void audit(String actor, AuditAction action, String hash, String reason, String details,
                      OffsetDateTime at) {
        jdbc.sql("insert into audit_log (at, actor, action, ruleset, reason, details) values (?, ?, ?, ?, ?, ?)")
                .params(at, actor, action.id(), hash, reason, details).update();
    }

    /** The audit log newest first, {@code limit} at a time, below {@code before} (null: the newest). */
    public Slice<AuditEntry, Long> auditLog(Long before, int limit) {
        List<AuditEntry> page = jdbc.sql("select seq, at, actor, action, ruleset, reason, details from audit_log"
                        + " where seq < ? order by seq desc fetch first ? rows only")
                .params(before == null ? Long.MAX_VALUE : before, limit + 1)
                .query((rs, row) -> new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"), AuditAction.stored(rs.getString("action")), rs.getString("ruleset"),
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
