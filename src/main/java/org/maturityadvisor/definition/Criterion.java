package org.maturityadvisor.definition;

/**
 * One promotion criterion, as a rule fact: to reach {@code level} of {@code model}, the answer to {@code practice}
 * must be at least {@code required} (whose rank in the practice's order is {@code requiredRank}).
 */
public record Criterion(String id, String model, int level, String dimension, String text, String practice,
                        String required, int requiredRank, String remediation, Effort effort, SourceRow source) {
}
