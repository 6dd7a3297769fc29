package org.maturityadvisor.simulation;

import java.util.List;

import org.maturityadvisor.definition.Effort;

/**
 * One change of a path: set {@code practice} from {@code from} (null: unanswered) to {@code to}. It meets
 * {@code criteria} (the blockers it clears), the lowest at {@code level}; {@code effort} is the largest of theirs and
 * {@code remediation} the lowest criterion's.
 */
public record PathStep(String practice, String from, String to, int level, Effort effort, String remediation,
                       List<PathCriterion> criteria) {

    /** A blocker a step clears. */
    public record PathCriterion(String criterion, String text, int level, String required) {
    }
}
