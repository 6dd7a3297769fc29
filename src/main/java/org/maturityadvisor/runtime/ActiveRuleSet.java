package org.maturityadvisor.runtime;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.maturityadvisor.config.AdvisorProperties;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The rule-set version requests are served with. Compiled once at start (begun early by {@link RuleSetPreloader});
 * this lifecycle phase runs before the web server's, so the port opens only with rules loaded, and a broken rule set
 * stops the start with every problem listed. Requests read the version once each, so a later swap never mixes two.
 */
@Component
public class ActiveRuleSet implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveRuleSet.class);

    private final RuleSetPreloader.Build build;
    private final AtomicReference<LoadedRuleSet> current = new AtomicReference<>();
    private volatile boolean running;
    private volatile RuntimeException directoryFailure;

    ActiveRuleSet(AdvisorProperties properties, ObjectProvider<RuleSetPreloader.Build> preloaded) {
        this.build = preloaded.getIfAvailable(() -> RuleSetPreloader.Build.start(properties.rulesDir()));
    }

    /** The advisor of the active version; read it once per request. */
    public Advisor get() {
        return current().advisor();
    }

    /** The active version with its files. */
    public LoadedRuleSet current() {
        LoadedRuleSet ruleSet = current.get();
        if (ruleSet == null && directoryFailure != null) {
            throw directoryFailure;
        }
        return ruleSet != null ? ruleSet : await();
    }

    /**
     * Makes another, already compiled version active in one atomic step: requests that read the old one finish on it,
     * later ones get the new one, and none waits.
     *
     * @return the version it replaced
     */
    public LoadedRuleSet swap(LoadedRuleSet next) {
        LoadedRuleSet previous = current();
        current.set(next);
        LOG.info("Active rule set is now {} (was {})", next.version(), previous.version());
        return previous;
    }

    /**
     * Waits for the rules directory's version. A directory that today's checks refuse does not stop the start here:
     * {@code ActiveVersionSync} then serves the version the database names as active, if that one loads, or stops
     * the start with every problem listed.
     */
    @Override
    public void start() {
        try {
            await();
        } catch (RuntimeException e) {
            directoryFailure = e;
            LOG.error("The rules directory {} is refused: {}", build.directory().toAbsolutePath(), e.getMessage());
        }
        running = true;
    }

    /** The rules directory's version, unless it was refused at start. */
    public Optional<LoadedRuleSet> directoryVersion() {
        return directoryFailure == null ? Optional.of(current()) : Optional.empty();
    }

    /** Why the rules directory's version was refused at start, if it was. */
    public Optional<RuntimeException> directoryFailure() {
        return Optional.ofNullable(directoryFailure);
    }

    /** Serves a stored version instead of the refused directory's (at start only, before the port opens). */
    public void install(LoadedRuleSet fallback) {
        if (!current.compareAndSet(null, fallback)) {
            swap(fallback);
        }
        LOG.warn("Serving stored rule-set version {} instead of the refused rules directory", fallback.version());
    }

    private LoadedRuleSet await() {
        long start = System.nanoTime();
        try {
            LoadedRuleSet loaded = build.ruleSet().join();
            Advisor advisor = loaded.advisor();
            if (current.compareAndSet(null, loaded)) {
                LOG.info("Loaded rule set {} from {}: {} practices, {} models (waited {} ms)", advisor.version(),
                        build.directory().toAbsolutePath(), advisor.catalog().practices().size(),
                        advisor.models().size(), (System.nanoTime() - start) / 1_000_000);
            }
            return current.get();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server (which starts in a phase near Integer.MAX_VALUE). */
    @Override
    public int getPhase() {
        return 0;
    }
}
