package org.maturityadvisor.ops;

import java.util.Map;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info}: the application's version and the active rule-set version. */
@Component
class RuleSetInfo implements InfoContributor {

    private final ActiveRuleSet active;

    RuleSetInfo(ActiveRuleSet active) {
        this.active = active;
    }

    @Override
    public void contribute(Info.Builder info) {
        String version = RuleSetInfo.class.getPackage().getImplementationVersion();
        info.withDetail("application", Map.of("name", "maturity-advisor",
                "version", version == null ? "development build" : version));
        info.withDetail("ruleSet", Map.of("version", active.get().version(), "models", active.get().models().size()));
    }
}
