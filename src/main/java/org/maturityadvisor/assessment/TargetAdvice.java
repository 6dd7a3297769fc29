package org.maturityadvisor.assessment;

import org.maturityadvisor.definition.TargetRule;

/** Inserted by the rules: the row of the target table that decides the team's target, the first that matches. */
public record TargetAdvice(TargetRule rule) {
}
