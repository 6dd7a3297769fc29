package org.maturityadvisor.store;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.maturityadvisor.store.JsonFrames.Dictionary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The compression dictionary of each rule-set version: the input and result of the first assessment stored under it,
 * kept in {@code result_dictionary} for as long as any assessment refers to it. Made from stored data only, so the
 * store needs no rules engine, and the migration that compressed the rows stored before it used the same rule.
 * A dictionary is created in a transaction of its own that commits before any assessment refers to it: an assessment
 * transaction that rolls back can never leave a row pointing at a dictionary that does not exist, nor a cache entry
 * for one.
 */
final class Dictionaries {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ConcurrentMap<String, Dictionary> byVersion = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Dictionary> byId = new ConcurrentHashMap<>();

    Dictionaries(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * The version's dictionary, made from this assessment when the version has none yet. Call outside a transaction:
     * it commits one of its own (inside another it would need a second pooled connection).
     */
    Dictionary forVersion(String version, String seedInput, String seedResult) {
        Dictionary known = byVersion.get(version);
        if (known != null) {
            return known;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a new dictionary is made outside a transaction: ask before it starts");
        }
        Dictionary dictionary = stored(version).orElseGet(() -> create(version, seedInput, seedResult));
        byVersion.put(version, dictionary);
        return dictionary;
    }

    /** The dictionary of a stored row (committed before the row was written, so always there). */
    Dictionary byId(long id) {
        Dictionary known = byId.get(id);
        if (known != null) {
            return known;
        }
        byte[] packed = jdbc.sql("select content from result_dictionary where id = ?").param(id)
                .query(byte[].class).single();
        return byId.computeIfAbsent(id, key -> Dictionary.of(id, JsonFrames.unpack(packed)));
    }

    private Optional<Dictionary> stored(String version) {
        return jdbc.sql("select id from result_dictionary where ruleset_version = ?").param(version)
                .query(Long.class).optional().map(this::byId);
    }

    /** Another replica may make the same version's dictionary at the same moment: then the first one wins. */
    private Dictionary create(String version, String seedInput, String seedResult) {
        byte[] content = JsonFrames.seed(seedInput, seedResult);
        try {
            transactions.executeWithoutResult(status -> jdbc.sql("insert into result_dictionary (ruleset_version,"
                    + " content) values (?, ?)").params(version, JsonFrames.pack(content)).update());
        } catch (DuplicateKeyException raced) {
            // the other one committed first; read it below
        }
        return stored(version).orElseThrow();
    }
}
