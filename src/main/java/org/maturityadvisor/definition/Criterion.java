package org.maturityadvisor.definition;

import java.util.List;

/**
 * One criterion, as a rule fact. In a gated model it gates {@code level}: the answer to {@code practice} must be at
 * least {@code required} (rank {@code requiredRank} in the practice's order). In a scored model it is a test of a
 * section ({@code dimension}, level 0) whose answer earns {@code points} (indexed by the answer's rank);
 * {@code required} is then the lowest answer that earns full points. {@code evidence} is what it asks of the answer
 * beyond its value, copied flat ({@code needsEvidence}, ...) for the rules' cheap tests; {@code appliesWhen} the
 * conditions on the team's context under which it applies (empty: always).
 */
public record Criterion(String id, String model, int level, String dimension, String text, String practice,
                        String required, int requiredRank, String remediation, Effort effort, SourceRow source,
                        ModelKind kind, List<Double> points, EvidenceRule evidence,
                        List<ContextCondition> appliesWhen, boolean needsEvidence, boolean needsConfirmation,
                        boolean staleBlocks, boolean mayBeNotApplicable) {

    public Criterion {
        points = List.copyOf(points);
        evidence = evidence == null ? EvidenceRule.NONE : evidence;
        appliesWhen = appliesWhen == null ? List.of() : List.copyOf(appliesWhen);
        needsEvidence = evidence.needsEvidence() || evidence.needsConfirmation();
        needsConfirmation = evidence.needsConfirmation();
        staleBlocks = evidence.staleBlocks();
        mayBeNotApplicable = evidence.mayBeNotApplicable();
    }

    /** A criterion that asks nothing beyond the value and always applies. */
    public Criterion(String id, String model, int level, String dimension, String text, String practice,
                     String required, int requiredRank, String remediation, Effort effort, SourceRow source,
                     ModelKind kind, List<Double> points) {
        this(id, model, level, dimension, text, practice, required, requiredRank, remediation, effort, source, kind,
                points, EvidenceRule.NONE, List.of());
    }

    public Criterion(String id, String model, int level, String dimension, String text, String practice,
                     String required, int requiredRank, String remediation, Effort effort, SourceRow source,
                     ModelKind kind, List<Double> points, EvidenceRule evidence, List<ContextCondition> appliesWhen) {
        this(id, model, level, dimension, text, practice, required, requiredRank, remediation, effort, source, kind,
                points, evidence, appliesWhen, false, false, false, false);
    }

    /** The points an answer of this rank earns in a scored model; 0 in a gated one. */
    public double pointsFor(int rank) {
        return rank < points.size() ? points.get(rank) : 0;
    }

    /** The most points an answer earns (0 in a gated model); a loop, as it is read for every judged criterion. */
    public double maxPoints() {
        double max = 0;
        for (int i = 0; i < points.size(); i++) {
            max = i == 0 ? points.get(i) : Math.max(max, points.get(i));
        }
        return max;
    }
}
