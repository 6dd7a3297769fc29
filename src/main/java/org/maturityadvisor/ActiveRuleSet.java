package org.maturityadvisor;

import java.util.concurrent.atomic.AtomicReference;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rule-set version requests are served with. Built once at start from the rules directory; a broken rule set
 * stops the start with every problem listed. Requests read it once each, so a later swap never mixes versions.
 */
@Component
public class ActiveRuleSet {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveRuleSet.class);

    private final AtomicReference<Advisor> current;

    public ActiveRuleSet(AdvisorProperties properties) {
        long start = System.nanoTime();
        Advisor advisor = RuleSetLoader.load(properties.rulesDir());
        LOG.info("Loaded rule set {} from {}: {} practices, {} models, in {} ms", advisor.version(),
                properties.rulesDir().toAbsolutePath(), advisor.catalog().practices().size(),
                advisor.models().size(), (System.nanoTime() - start) / 1_000_000);
        this.current = new AtomicReference<>(advisor);
    }

    public Advisor get() {
        return current.get();
    }
}
