package org.maturityadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SmallResult;

/** The consultant's text report of a hand-built result: the crosswalk, the target, why each level and why not. */
class TextReportTest {

    private final String text = TextReport.render(SmallResult.withTarget("Payments ML"));

    @Test
    void opensWithTheTeamTheRuleSetAndWhereItStandsInEachModel() {
        assertThat(text).startsWith("Maturity assessment: Payments ML\nRule set: sha256:0123456789abcdef\n");
        assertThat(text).containsPattern("  Ladder model +level 1 of 3 +Scripted\n")
                .containsPattern("  Rubric model +band 1 of 2 +Weak, score 0.5  \\(lines up with ladder 0-1\\)\n");
    }

    @Test
    void theTargetSaysWhichRowDecidedItWhyAndTheRoadmapInOrder() {
        assertThat(text).contains(
                "Target: level 2, Automated of the Ladder model (now level 1, below target)\n",
                "  Context: 2 ML use case(s), business-critical not stated, in production yes\n",
                "  Decided by target-2-in-production (inProduction = true; targets.csv row 3)\n",
                "  Why: Two use cases in production need automation.\n",
                "  Later rows matched too, and lost to the table's order: target-0-any\n",
                "  Roadmap, level 2, Automated:\n",
                "    1. [small] ladder-review: (unanswered) -> yes. Answer the review practice.\n",
                "    2. [medium] ladder-tests: manual -> automated. Run the tests in CI.\n");
    }

    @Test
    void aGatedModelSaysWhyItsLevelAndWhyNotEachLevelAbove() {
        assertThat(text).contains(
                "  Level 1 of 3: Scripted\n",
                "  Why level 1: all 1 criteria up to level 1 are met\n",
                "ladder-scripts",
                "  Why not level 2, Automated: 2 blocking criteria\n",
                "    ladder-tests [Build] ABSENT\n",
                "      build.tests: observed manual, required automated, effort medium\n",
                "      Remediation: Run the tests in CI.\n",
                "    ladder-review [People] UNKNOWN: not answered\n",
                "      people.review: observed (unanswered), required yes, effort small\n",
                "  Why not level 3, Optimised: its own criteria are met; it waits for the levels below\n");
    }

    @Test
    void aScoredModelShowsItsSectionSumsPointsAndShortSections() {
        assertThat(text).contains(
                "  Band 1 of 2: Weak (score 0.5)\n",
                "  Per section\n",
                "  Why band 1: the score is the lowest section sum; 1 test earns points\n",
                "  Why not band 2, Strong: every section must score above 1; short: Monitoring 0.5; tests of sections"
                        + " short from this band on, without full points: 1\n",
                "    rubric-alerts [Monitoring] PARTIAL\n")
                .containsPattern("    Monitoring +band 1, Weak \\(sum 0.5\\)\n")
                .containsPattern("    \\[0.5\\] rubric-alerts +monitoring.alerts = manual \\(full points at automated\\)");
    }

    @Test
    void aResultWithoutATargetHasNoTargetSection() {
        assertThat(TextReport.render(SmallResult.of("t"))).doesNotContain("Target:", "Roadmap");
    }
}
