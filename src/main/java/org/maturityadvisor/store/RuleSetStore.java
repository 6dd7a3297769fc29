package org.maturityadvisor.store;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rule-set versions by content hash: the zip of their files, who stored them, when and why. */
@Repository
public class RuleSetStore {

    private final JdbcClient jdbc;

    public RuleSetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps a version unless its hash is already kept (another replica may store the same one at the same moment).
     *
     * @return the version's sequence number
     */
    public long record(String hash, byte[] content, String author, String comment, String origin,
                       OffsetDateTime at) {
        Optional<Long> known = seqOf(hash);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            jdbc.sql("insert into ruleset_version (hash, created_at, author, comment, origin, content)"
                    + " values (?, ?, ?, ?, ?, ?)").params(hash, at, author, comment, origin, content).update();
        } catch (DuplicateKeyException raced) {
            // stored by another instance in between: same hash, same content
        }
        return seqOf(hash).orElseThrow();
    }

    public Optional<Long> seqOf(String hash) {
        return jdbc.sql("select seq from ruleset_version where hash = ?").param(hash).query(Long.class).optional();
    }

    public Optional<byte[]> content(String hash) {
        return jdbc.sql("select content from ruleset_version where hash = ?").param(hash).query(byte[].class)
                .optional();
    }
}
