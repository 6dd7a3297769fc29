package org.maturityadvisor.testing;

import java.util.List;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.SectionShortfall;
import org.maturityadvisor.assessment.TargetLevel;
import org.maturityadvisor.assessment.TargetStatus;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.definition.Alignment;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.ModelKind;

/**
 * A hand-built assessment, independent of the shipped tables, for the code that only reads a result (the gate, the
 * reports): a gated model {@code ladder} at level 1 of 3 (level 2 blocked by one absent and one unanswered criterion,
 * level 3 waiting for the levels below) and a scored model {@code rubric} at band 1 of 2, score 0.5.
 */
public final class SmallResult {

    public static final Blocker ABSENT = new Blocker("ladder-tests", "Are tests automated?", 2, "Build",
            "build.tests", "manual", "automated", CriterionStatus.ABSENT, "Run the tests in CI.", Effort.MEDIUM);
    public static final Blocker UNANSWERED = new Blocker("ladder-review", "Is every change reviewed?", 2, "People",
            "people.review", null, "yes", CriterionStatus.UNKNOWN, "Answer the review practice.", Effort.SMALL);
    public static final Blocker HALF_POINT = new Blocker("rubric-alerts", "Are alerts tested?", 2, "Monitoring",
            "monitoring.alerts", "manual", "automated", CriterionStatus.PARTIAL, "Test the alerts.", Effort.LARGE);

    private SmallResult() {
    }

    public static AssessmentResult of(String team) {
        return new AssessmentResult(team, "sha256:0123456789abcdef", List.of(ladder(), rubric()), null);
    }

    /** The same result with a target: level 2 of the ladder, reached through its two blockers. */
    public static AssessmentResult withTarget(String team) {
        TargetLevel target = new TargetLevel("ladder", "Ladder model", 1, "Scripted", 2, "Automated",
                TargetStatus.BELOW_TARGET, "Two use cases in production need automation.", "target-2-in-production",
                "inProduction = true", "targets.csv row 3", new TeamContext(2, null, true), List.of("target-0-any"),
                "2 steps to level 2", List.of(new BlockedLevel(2, "Automated", List.of(UNANSWERED, ABSENT))));
        return new AssessmentResult(team, "sha256:0123456789abcdef", List.of(ladder(), rubric()), target);
    }

    public static ModelAssessment ladder() {
        return new ModelAssessment("ladder", "Ladder model", ModelKind.GATED, 1, "Scripted", 3, null, null,
                "Level 1; 2 criteria block level 2.",
                List.of(new DimensionLevel("Build", 1, "Scripted", null), new DimensionLevel("People", 2, "Automated",
                        null)),
                List.of(new MetCriterion("ladder-scripts", "Are builds scripted?", 1, "Build", "build.method",
                        "scripted", "scripted", null)),
                List.of(new BlockedLevel(2, "Automated", List.of(ABSENT, UNANSWERED)),
                        new BlockedLevel(3, "Optimised", List.of())));
    }

    public static ModelAssessment rubric() {
        return new ModelAssessment("rubric", "Rubric model", ModelKind.SCORED, 1, "Weak", 2, 0.5,
                new Alignment("ladder", 0, 1), "Score 0.5; band 2 needs every section above 1.",
                List.of(new DimensionLevel("Monitoring", 1, "Weak", 0.5)),
                List.of(new MetCriterion("rubric-alerts", "Are alerts tested?", 2, "Monitoring", "monitoring.alerts",
                        "manual", "automated", 0.5)),
                List.of(new BlockedLevel(2, "Strong", List.of(new SectionShortfall("Monitoring", 0.5, 1.0)),
                        List.of(HALF_POINT))));
    }
}
