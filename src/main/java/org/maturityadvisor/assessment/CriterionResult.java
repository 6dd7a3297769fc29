package org.maturityadvisor.assessment;

import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.ModelKind;

/**
 * A rule's finding on one criterion, with its evidence: the answer observed (null when unknown) and, for a test of a
 * scored model, the points the answer earns. The criterion's model, kind, level and dimension are copied out so rules
 * can filter on them directly (a cheap alpha test) instead of through the criterion.
 */
public record CriterionResult(Criterion criterion, CriterionStatus status, String observed, String model,
                              ModelKind kind, int level, String dimension, double points) {

    public static CriterionResult met(Criterion criterion, Answer answer) {
        return of(criterion, CriterionStatus.MET, answer.value(), 0);
    }

    public static CriterionResult absent(Criterion criterion, Answer answer) {
        return of(criterion, CriterionStatus.ABSENT, answer.value(), 0);
    }

    public static CriterionResult unknown(Criterion criterion) {
        return of(criterion, CriterionStatus.UNKNOWN, null, 0);
    }

    /** A scored test: full points is met, some points partial, none absent. */
    public static CriterionResult scored(Criterion test, Answer answer) {
        double points = test.pointsFor(answer.rank());
        CriterionStatus status = points >= test.maxPoints() ? CriterionStatus.MET
                : points > 0 ? CriterionStatus.PARTIAL : CriterionStatus.ABSENT;
        return of(test, status, answer.value(), points);
    }

    private static CriterionResult of(Criterion criterion, CriterionStatus status, String observed, double points) {
        return new CriterionResult(criterion, status, observed, criterion.model(), criterion.kind(),
                criterion.level(), criterion.dimension(), points);
    }
}
