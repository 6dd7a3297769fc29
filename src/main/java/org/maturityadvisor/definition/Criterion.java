package org.maturityadvisor.definition;

import java.util.List;

/**
 * One criterion, as a rule fact. In a gated model it gates {@code level}: the answer to {@code practice} must be at
 * least {@code required} (rank {@code requiredRank} in the practice's order). In a scored model it is a test of a
 * section ({@code dimension}, level 0) whose answer earns {@code points} (indexed by the answer's rank);
 * {@code required} is then the lowest answer that earns full points.
 */
public record Criterion(String id, String model, int level, String dimension, String text, String practice,
                        String required, int requiredRank, String remediation, Effort effort, SourceRow source,
                        ModelKind kind, List<Double> points) {

    public Criterion {
        points = List.copyOf(points);
    }

    /** The points an answer of this rank earns in a scored model; 0 in a gated one. */
    public double pointsFor(int rank) {
        return rank < points.size() ? points.get(rank) : 0;
    }

    public double maxPoints() {
        return points.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
