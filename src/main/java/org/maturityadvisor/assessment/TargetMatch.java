package org.maturityadvisor.assessment;

import org.maturityadvisor.definition.TargetRule;

/** Inserted by the rules: a row of the target table whose conditions the team's context meets. */
public record TargetMatch(TargetRule rule, int order) {

    public TargetMatch(TargetRule rule) {
        this(rule, rule.order());
    }
}
