package org.maturityadvisor.lifecycle;

import java.nio.file.Path;
import java.util.List;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.config.AdvisorProperties;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.DraftFiles;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.ruleset.RuleSetVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Watch mode ({@code maturity.watch.enabled=true}): an edit to the rules directory goes through the same checks as an
 * uploaded draft, and is published only when it is valid and every scenario passes; otherwise the report is logged and
 * the active version stays. The directory is compared by content hash at each interval, and acted on only once it has
 * stayed the same for one more interval, so a file caught half-saved is never loaded.
 */
@Component
class RulesDirectoryWatch implements SmartLifecycle {

    static final String ACTOR = "watch";
    private static final Logger LOG = LoggerFactory.getLogger(RulesDirectoryWatch.class);

    private final AdvisorProperties properties;
    private final ActiveRuleSet active;
    private final RuleSetLifecycle lifecycle;
    private Poller poller;
    private String seen;
    private String handled;
    private volatile boolean running;

    RulesDirectoryWatch(AdvisorProperties properties, ActiveRuleSet active, RuleSetLifecycle lifecycle) {
        this.properties = properties;
        this.active = active;
        this.lifecycle = lifecycle;
    }

    @Override
    public void start() {
        if (properties.watch().enabled()) {
            handled = active.get().version();
            seen = handled;
            poller = Poller.every(properties.watch().interval(), "rules-watch", this::check);
            LOG.info("Watching {} for edits", properties.rulesDir().toAbsolutePath());
        }
        running = true;
    }

    void check() {
        Path directory = properties.rulesDir();
        try {
            List<RuleFile> files = RuleSetLoader.read(directory);
            String version = RuleSetVersion.of(files);
            boolean stable = version.equals(seen);
            seen = version;
            if (!stable || version.equals(handled)) {
                return;
            }
            handled = version;
            DraftReport report = lifecycle.draft(new DraftFiles.Draft(files, List.of()), ACTOR, "edited in " + directory);
            if (report.publishable()) {
                lifecycle.publish(report.version(), ACTOR, false, false, "rules directory edited (watch mode)");
                LOG.info("Watch mode published {} from {}", version, directory);
            } else {
                LOG.warn("Watch mode did not publish the edit to {} ({}): {}", directory, version,
                        report.valid() ? report.gate().failures().size() + " scenario(s) fail: "
                                + report.gate().failures() : report.findings());
            }
        } catch (RuntimeException e) {
            LOG.warn("Watch mode could not check {}: {}", directory, e.toString());
        }
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

    @Override
    public int getPhase() {
        return 2;
    }
}
