package org.maturityadvisor.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.Doubt;
import org.maturityadvisor.assessment.LevelBasis;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.NotApplicable;
import org.maturityadvisor.assessment.ResultBasis;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.Support;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.ModelKind;

/**
 * A hand-built result whose answers carry evidence, for the code that renders a result: a gated model at level 1
 * whose one met criterion rests on confirmed evidence, a second met one (ahead) on hostile evidence (a
 * {@code javascript:} link, notes with HTML and Markdown markup), level 2 blocked by a claim without evidence, and
 * two criteria left out as not applicable (one by the team's reason, one by its context).
 */
public final class EvidencedResult {

    public static final EvidenceItem CONFIRMED = new EvidenceItem("https://ci.example.com/pipelines/42",
            "deploy job runs on every push to main", "ana", Instant.parse("2026-11-02T10:00:00Z"), "ben",
            Instant.parse("2026-11-03T09:00:00Z"));
    public static final EvidenceItem HOSTILE_LINK = EvidenceItem.of("javascript:alert(1)", "<script>alert(2)</script>");
    public static final EvidenceItem HOSTILE_NOTE = EvidenceItem.of(null, "[x](javascript:alert(3)) | *bold*\n    ladder-forged FORGED");
    public static final EvidenceItem ODD_LINK = EvidenceItem.of("https://wiki.example.com/a|b<c>\"d`e", null);

    private EvidencedResult() {
    }

    public static AssessmentResult of(String team) {
        return new AssessmentResult(team, "sha256:0123456789abcdef", List.of(ladder()), null,
                new ResultBasis(4, 1, 1, 2, 1, 1));
    }

    public static ModelAssessment ladder() {
        Basis confirmed = new Basis(Support.CONFIRMED, false, LocalDate.parse("2026-11-02"), List.of(CONFIRMED));
        Basis hostile = new Basis(Support.EVIDENCED, true, null, List.of(HOSTILE_LINK, HOSTILE_NOTE, ODD_LINK));
        Blocker claimed = new Blocker("ladder-tests", "Are tests automated?", 2, "Build", "build.tests", "automated",
                "automated", CriterionStatus.UNKNOWN, "Link the CI run that tests.", Effort.SMALL, Doubt.NO_EVIDENCE,
                new Basis(Support.CLAIMED, false, null, List.of()));
        return new ModelAssessment("ladder", "Ladder model", ModelKind.GATED, 1, "Scripted", 3, null, null,
                "Level 1; 1 criterion blocks level 2.", List.of(new DimensionLevel("Build", 1, "Scripted", null)),
                List.of(new MetCriterion("ladder-release", "Is release automated?", 1, "Build", "release.method",
                                "ci-cd-pipeline", "ci-cd-pipeline", null, confirmed),
                        new MetCriterion("ladder-docs", "Are models documented?", 3, "Build", "docs.models", "yes",
                                "yes", null, hostile)),
                List.of(new BlockedLevel(2, "Automated", List.of(claimed)), new BlockedLevel(3, "Optimised",
                        List.of())),
                List.of(new NotApplicable("ladder-ab", "Are models A/B tested?", 2, "Build", "release.ab-testing",
                                "batch scoring only; <no> live traffic", false),
                        new NotApplicable("ladder-latency", "Is latency monitored?", 3, "Build", "monitor.latency",
                                null, true)),
                List.of(new LevelBasis(1, 1, 1, 0, 0, 0)));
    }
}
