package org.maturityadvisor.assessment;

import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.ModelKind;

/**
 * A rule's finding on one criterion, with its evidence: the answer observed (null when unknown or not applicable) and,
 * for a test of a scored model, the points the answer earns. The criterion's model, kind, level and dimension are
 * copied out so rules can filter on them directly (a cheap alpha test) instead of through the criterion. {@code doubt}
 * says why a criterion the answer's value would meet still counts as unknown; {@code answer} is the answer judged
 * (what it rests on), null when unanswered. A criterion that does not apply has {@code reason}: the team's, or the
 * context condition it falls outside ({@code byContext}). {@code maxPoints} and {@code applicableMax} (0 when not
 * applicable) let a section's sum be scaled to its applicable tests.
 */
public record CriterionResult(Criterion criterion, CriterionStatus status, String observed, String model,
                              ModelKind kind, int level, String dimension, double points, Doubt doubt, Answer answer,
                              String reason, boolean byContext, double maxPoints, double applicableMax) {

    public static CriterionResult met(Criterion criterion, Answer answer) {
        return of(criterion, CriterionStatus.MET, answer, 0, null);
    }

    public static CriterionResult absent(Criterion criterion, Answer answer) {
        return of(criterion, CriterionStatus.ABSENT, answer, 0, null);
    }

    public static CriterionResult unknown(Criterion criterion) {
        return of(criterion, CriterionStatus.UNKNOWN, null, 0, Doubt.UNANSWERED);
    }

    /** The answer's value would meet the criterion, but it lacks what the criterion asks beyond the value. */
    public static CriterionResult doubted(Criterion criterion, Answer answer, Doubt doubt) {
        return of(criterion, CriterionStatus.UNKNOWN, answer, 0, doubt);
    }

    /** The team marked the practice not applicable, for its reason, and the criterion allows it. */
    public static CriterionResult notApplicable(Criterion criterion, Answer answer) {
        return new CriterionResult(criterion, CriterionStatus.NOT_APPLICABLE, null, criterion.model(),
                criterion.kind(), criterion.level(), criterion.dimension(), 0, null, answer,
                answer.details().notApplicableReason(), false, criterion.maxPoints(), 0);
    }

    /** The team's context falls outside the criterion's Applies when: {@code reason} says how. */
    public static CriterionResult outsideContext(Criterion criterion, String reason) {
        return new CriterionResult(criterion, CriterionStatus.NOT_APPLICABLE, null, criterion.model(),
                criterion.kind(), criterion.level(), criterion.dimension(), 0, null, null, reason, true,
                criterion.maxPoints(), 0);
    }

    /** A scored test: full points is met, some points partial, none absent. */
    public static CriterionResult scored(Criterion test, Answer answer) {
        double points = test.pointsFor(answer.rank());
        CriterionStatus status = points >= test.maxPoints() ? CriterionStatus.MET
                : points > 0 ? CriterionStatus.PARTIAL : CriterionStatus.ABSENT;
        return of(test, status, answer, points, null);
    }

    private static CriterionResult of(Criterion criterion, CriterionStatus status, Answer answer, double points,
                                      Doubt doubt) {
        double max = criterion.kind() == ModelKind.SCORED ? criterion.maxPoints() : 0;
        return new CriterionResult(criterion, status, answer == null ? null : answer.shown(), criterion.model(),
                criterion.kind(), criterion.level(), criterion.dimension(), points, doubt, answer, null, false, max,
                max);
    }
}
