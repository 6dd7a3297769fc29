package org.maturityadvisor.testing;

import java.util.List;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.Doubt;
import org.maturityadvisor.assessment.LevelBasis;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.SectionCompletion;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.SectionRole;

/**
 * A hand-built checklist result, independent of the shipped tables, for the code that only reads a result: model
 * {@code list} ("Small checklist") with two required sections (Documentation complete 2/2; Traceability 1/3 with one
 * absent and one unanswered statement, the absent one without remediation or effort) and one extra section (Extras
 * 1/2, one absent statement). Level 0 (its name left blank), level 1 "Mature". {@link #complete()} is the same model
 * at level 1 with the required sections complete and the extra one still at 1/2.
 */
public final class ChecklistResult {

    public static final Blocker ABSENT = new Blocker("list-trace-data", "Is the training data versioned?", 1,
            "Traceability", "data.versioned", "no", "yes", CriterionStatus.ABSENT, null, Effort.NOT_GIVEN);
    public static final Blocker UNANSWERED = new Blocker("list-trace-code", "Is the code of every model versioned?",
            1, "Traceability", "code.versioned", null, "yes", CriterionStatus.UNKNOWN, "Keep the code in git.",
            Effort.SMALL, Doubt.UNANSWERED, null);
    public static final Blocker EXTRA = new Blocker("list-extra-ab", "Are models A/B tested?", 0, "Extras",
            "release.ab", "no", "yes", CriterionStatus.ABSENT, "Run A/B tests.", Effort.LARGE);

    private ChecklistResult() {
    }

    public static AssessmentResult of(String team) {
        return new AssessmentResult(team, "sha256:0123456789abcdef", List.of(SmallResult.ladder(), notComplete()),
                null);
    }

    public static AssessmentResult completeOf(String team) {
        return new AssessmentResult(team, "sha256:0123456789abcdef", List.of(SmallResult.ladder(), complete()),
                null);
    }

    public static ModelAssessment notComplete() {
        List<SectionCompletion> sections = List.of(
                new SectionCompletion("Documentation", SectionRole.REQUIRED, 2, 2, 2, true, List.of()),
                new SectionCompletion("Traceability", SectionRole.REQUIRED, 1, 3, 3, false,
                        List.of(ABSENT, UNANSWERED)),
                new SectionCompletion("Extras", SectionRole.EXTRA, 1, 2, 2, false, List.of(EXTRA)));
        return new ModelAssessment("list", "Small checklist", ModelKind.CHECKLIST, 0, null, 1, null, null,
                "not complete: 1 of 2 required sections complete (Documentation 2/2, Traceability 1/3); "
                        + "extra sections 1/2",
                List.of(new DimensionLevel("Documentation", 1, "Mature", null),
                        new DimensionLevel("Traceability", 0, null, null),
                        new DimensionLevel("Extras", 0, null, null)),
                met(), List.of(new BlockedLevel(1, "Mature", List.of(ABSENT, UNANSWERED))), List.of(),
                List.of(new LevelBasis(0, 4, 0, 0, 4, 0)), sections);
    }

    public static ModelAssessment complete() {
        List<SectionCompletion> sections = List.of(
                new SectionCompletion("Documentation", SectionRole.REQUIRED, 2, 2, 2, true, List.of()),
                new SectionCompletion("Traceability", SectionRole.REQUIRED, 3, 3, 3, true, List.of()),
                new SectionCompletion("Extras", SectionRole.EXTRA, 1, 2, 2, false, List.of(EXTRA)));
        return new ModelAssessment("list", "Small checklist", ModelKind.CHECKLIST, 1, "Mature", 1, null, null,
                "Mature: 2 of 2 required sections complete; extra sections 1/2",
                List.of(new DimensionLevel("Documentation", 1, "Mature", null),
                        new DimensionLevel("Traceability", 1, "Mature", null),
                        new DimensionLevel("Extras", 0, null, null)),
                met(), List.of(), List.of(), List.of(new LevelBasis(1, 6, 0, 0, 6, 0)), sections);
    }

    private static List<MetCriterion> met() {
        return List.of(
                new MetCriterion("list-doc-readme", "Does every project have a README?", 1, "Documentation",
                        "docs.readme", "yes", "yes", null),
                new MetCriterion("list-doc-arch", "Is the architecture written down?", 1, "Documentation",
                        "docs.architecture", "yes", "yes", null),
                new MetCriterion("list-trace-model", "Is every model versioned?", 1, "Traceability",
                        "model.versioned", "yes", "yes", null),
                new MetCriterion("list-extra-explain", "Are predictions explained?", 0, "Extras",
                        "model.explained", "yes", "yes", null));
    }
}
