package org.maturityadvisor.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.maturityadvisor.ActiveRuleSet;
import org.maturityadvisor.AdvisorProperties;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.store.RuleSetStore;
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
        LoadedRuleSet directory = active.current();
        RuleSetStore.Recorded recorded = versions.keep(directory, "directory", "system",
                "loaded from " + properties.rulesDir().toAbsolutePath());
        Optional<String> shared = store.activeHash();
        if (shared.isEmpty() || recorded.created()) {
            if (!shared.equals(Optional.of(directory.version()))) {
                store.activate(directory.version(), "system", shared.isEmpty() ? "start" : "deploy",
                        shared.isEmpty() ? "first start: the rules directory's version"
                                : "the rules directory holds a version not seen before", null, now());
            }
        } else if (!shared.get().equals(directory.version())) {
            LOG.info("The database names {} as active (published after {} was deployed); loading it",
                    shared.get(), directory.version());
            active.swap(versions.load(shared.get()));
        }
        poller = Poller.every(properties.syncInterval(), "rule-set-sync", this::follow);
        running = true;
    }

    /** Swaps in the version another replica activated; a database outage only delays it. */
    void follow() {
        try {
            Optional<String> shared = store.activeHash();
            if (shared.isPresent() && !shared.get().equals(active.get().version())) {
                LoadedRuleSet next = versions.load(shared.get());
                if (!next.version().equals(active.get().version())) {
                    active.swap(next);
                    LOG.info("Following the version activated elsewhere: {}", next.version());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot check the active rule-set version; still serving {}: {}", active.get().version(),
                    e.toString());
        }
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
