package org.maturityadvisor.ops;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Ready only with a compiled rule set to serve: {@code ruleSet} in the readiness group. */
@Component("ruleSet")
class RuleSetHealth implements HealthIndicator {

    private final ActiveRuleSet active;

    RuleSetHealth(ActiveRuleSet active) {
        this.active = active;
    }

    @Override
    public Health health() {
        try {
            Advisor advisor = active.get();
            return Health.up().withDetail("version", advisor.version())
                    .withDetail("models", advisor.models().size()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }
}
