package org.maturityadvisor.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.config.AdvisorProperties;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.VersionOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance on the version the database names as active, which every replica shares.
 * <p>
 * At start, before the port opens: the rules directory's version is kept; if the database names no active version
 * yet, or the directory holds a version never seen before (a deploy), the directory's becomes active; otherwise the
 * database's does (a version published through the API survives restarts). Then, every {@code maturity.sync-interval},
 * a version activated by another replica is compiled off to the side and swapped in.
 */
@Component
class ActiveVersionSync implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveVersionSync.class);

    private final ActiveRuleSet active;
    private final RuleSetVersions versions;
    private final RuleSetStore store;
    private final Clock clock;
    private final AdvisorProperties properties;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private Poller poller;
    private volatile boolean running;

    ActiveVersionSync(ActiveRuleSet active, RuleSetVersions versions, RuleSetStore store, Clock clock,
                      AdvisorProperties properties) {
        this.active = active;
        this.versions = versions;
        this.store = store;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void start() {
        Optional<String> shared = store.activeHash();
        Optional<LoadedRuleSet> directory = active.directoryVersion();
        if (directory.isEmpty()) {
            serveStoredInsteadOfDirectory(shared, active.directoryFailure().orElseThrow());
        } else {
            LoadedRuleSet loaded = directory.get();
            RuleSetStore.Recorded recorded = versions.keep(loaded, VersionOrigin.DIRECTORY, "system",
                    "loaded from " + properties.rulesDir().toAbsolutePath());
            if (shared.isEmpty() || recorded.created()) {
                if (!shared.equals(Optional.of(loaded.version()))) {
                    store.activate(loaded.version(), "system", shared.isEmpty() ? AuditAction.START : AuditAction.DEPLOY,
                            shared.isEmpty() ? "first start: the rules directory's version"
                                    : "the rules directory holds a version not seen before", null, now());
                }
            } else if (!shared.get().equals(loaded.version())) {
                LOG.info("The database names {} as active (published after {} was deployed); loading it",
                        shared.get(), loaded.version());
                tryLoad(shared.get()).ifPresent(active::swap);
            }
        }
        poller = Poller.every(properties.syncInterval(), "rule-set-sync", this::follow);
        running = true;
    }

    /** The rules directory was refused: the stored active version, if it loads, is the last good one. */
    private void serveStoredInsteadOfDirectory(Optional<String> shared, RuntimeException failure) {
        if (shared.isEmpty()) {
            throw failure;
        }
        LoadedRuleSet stored = tryLoad(shared.get()).orElseThrow(() -> failure);
        active.install(stored);
        store.audit("system", AuditAction.LOAD_REFUSED, null, "the rules directory " + properties.rulesDir().toAbsolutePath()
                + " does not pass today's checks; serving the stored active version " + stored.version(),
                abbreviate(failure.getMessage()), now());
    }

    /** A stored version, or empty (logged and audited once) when today's checks refuse it. */
    private Optional<LoadedRuleSet> tryLoad(String version) {
        if (refused.contains(version)) {
            return Optional.empty();
        }
        try {
            return Optional.of(versions.load(version));
        } catch (RuleSetException e) {
            refused.add(version);
            LOG.error("Stored rule-set version {} does not pass today's checks; still serving {}: {}", version,
                    active.current().version(), e.getMessage());
            store.audit("system", AuditAction.LOAD_REFUSED, version, "stored version " + version + " does not pass today's "
                    + "checks; serving " + active.current().version(), abbreviate(e.getMessage()), now());
            return Optional.empty();
        }
    }

    /** Swaps in the version another replica activated; a database outage only delays it. */
    void follow() {
        try {
            Optional<String> shared = store.activeHash();
            if (shared.isPresent() && !shared.get().equals(active.get().version())) {
                tryLoad(shared.get()).filter(next -> !next.version().equals(active.get().version()))
                        .ifPresent(next -> {
                            active.swap(next);
                            LOG.info("Following the version activated elsewhere: {}", next.version());
                        });
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot check the active rule-set version; still serving {}: {}", active.get().version(),
                    e.toString());
        }
    }

    private static String abbreviate(String text) {
        String message = text == null ? "" : text;
        return message.length() <= 1900 ? message : message.substring(0, 1900) + "...";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    @Override
    public void stop() {
        if (poller != null) {
            poller.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After {@link ActiveRuleSet} (phase 0), before the web server. */
    @Override
    public int getPhase() {
        return 1;
    }
}
