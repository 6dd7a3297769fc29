package org.maturityadvisor.assessment;

import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.definition.Criterion;

/** A rule's finding on one criterion, with its evidence: the answer observed (null when unknown). */
public record CriterionResult(Criterion criterion, CriterionStatus status, String observed, String model,
                              int level, String dimension) {

    public static CriterionResult met(Criterion criterion, Answer answer) {
        return of(criterion, CriterionStatus.MET, answer.value());
    }

    public static CriterionResult absent(Criterion criterion, Answer answer) {
        return of(criterion, CriterionStatus.ABSENT, answer.value());
    }

    public static CriterionResult unknown(Criterion criterion) {
        return of(criterion, CriterionStatus.UNKNOWN, null);
    }

    private static CriterionResult of(Criterion criterion, CriterionStatus status, String observed) {
        return new CriterionResult(criterion, status, observed, criterion.model(), criterion.level(),
                criterion.dimension());
    }
}
