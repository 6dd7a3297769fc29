package org.maturityadvisor.assessment;

/**
 * A criterion left out of its level's gate because it does not apply to the team: by the team's context (its Applies
 * when condition is not met, {@code byContext}), or because the team marked its practice not applicable, with the
 * reason given.
 */
public record NotApplicable(String criterion, String text, int level, String dimension, String practice,
                            String reason, boolean byContext) {
}
