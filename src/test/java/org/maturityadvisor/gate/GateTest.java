package org.maturityadvisor.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.testing.SmallResult;

/** The gate's verdicts on a hand-built result: a ladder at level 1 of 3 and a rubric at band 1 of 2. */
class GateTest {

    private final AssessmentResult result = SmallResult.of("Payments ML");

    @ParameterizedTest(name = "ladder >= {0}: met {1}, blocked by levels [{2}]")
    @CsvSource(delimiter = ';', value = {"0; true; ''", "1; true; ''", "2; false; 2", "3; false; 2 3"})
    void aRequirementIsMetFromItsLevelOnAndOtherwiseListsEveryBlockedLevelUpToIt(int required, boolean met,
                                                                                String blocked) {
        GateVerdict verdict = Gate.check(result, List.of(new Requirement("ladder", required)));

        assertThat(verdict.passed()).isEqualTo(met);
        assertThat(verdict.requirements()).singleElement().satisfies(outcome -> {
            assertThat(outcome.met()).isEqualTo(met);
            assertThat(outcome.level()).isEqualTo(1);
            assertThat(outcome.levelName()).isEqualTo("Scripted");
            assertThat(outcome.blockedBy()).extracting(level -> String.valueOf(level.level()))
                    .containsExactly(blocked.isEmpty() ? new String[0] : blocked.split(" "));
        });
    }

    @Test
    void theBlockersAreTheOnesTheAssessmentReportedNotRederived() {
        GateVerdict verdict = Gate.check(result, List.of(new Requirement("ladder", 2)));

        assertThat(verdict.unmet()).singleElement().satisfies(outcome -> assertThat(outcome.blockedBy())
                .extracting(BlockedLevel::blockers).containsExactly(List.of(SmallResult.ABSENT,
                        SmallResult.UNANSWERED)));
    }

    @Test
    void theGatePassesOnlyWhenEveryRequirementIsMet() {
        GateVerdict verdict = Gate.check(result, List.of(new Requirement("ladder", 1), new Requirement("rubric", 2)));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.team()).isEqualTo("Payments ML");
        assertThat(verdict.rulesetVersion()).isEqualTo("sha256:0123456789abcdef");
        assertThat(verdict.unmet()).extracting(RequirementOutcome::model).containsExactly("rubric");
        assertThat(Gate.check(result, List.of(new Requirement("ladder", 1), new Requirement("rubric", 1))).passed())
                .isTrue();
    }

    @Test
    void everyUnknownModelAndLevelOutOfRangeIsRefusedAtOnce() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> Gate.check(result,
                List.of(new Requirement("ladder", 4), new Requirement("rubric", -1), new Requirement("laddre", 1))));

        assertThat(refused.errors()).containsExactly(
                new InputError("require.ladder", "expected a level from 0 to 3, got 4"),
                new InputError("require.rubric", "expected a level from 0 to 2, got -1"),
                new InputError("require.laddre", "unknown model; expected one of [ladder, rubric]"));
    }

    @Test
    void noRequirementIsRefused() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> Gate.check(result, List.of()));

        assertThat(refused.errors()).extracting(InputError::field).containsExactly("require");
    }

    @Test
    void theTextShowsEachRequirementAndWhatBlocksAnUnmetOne() {
        String text = GateText.render(Gate.check(result, List.of(new Requirement("rubric", 0),
                new Requirement("ladder", 3))));

        assertThat(text).startsWith("Gate FAILED for Payments ML: 1 of 2 requirements met (rule set "
                + "sha256:0123456789abcdef)\n").contains(
                "  PASS  rubric >= 0: at 1, Weak\n",
                "  FAIL  ladder >= 3: at 1, Scripted\n",
                "        level 2, Automated: 2 blocking criteria\n",
                "          ladder-tests: build.tests observed manual, required automated (effort medium)\n",
                "          ladder-review: people.review observed (unanswered), required yes (effort small)\n",
                "        level 3, Optimised: its own criteria are met; it waits for the levels below\n");
    }

    @Test
    void theTextOfAScoredShortfallNamesTheSectionAndTheFloor() {
        String text = GateText.render(Gate.check(result, List.of(new Requirement("rubric", 2))));

        assertThat(text).contains("level 2, Strong: 1 blocking criterion\n",
                "section Monitoring: 0.5, needs above 1\n");
    }

    @Test
    void aChecklistRequirementSaysTheVerdictAndListsTheRequiredStatementsUnmetWithTheirSections() {
        GateVerdict verdict = Gate.check(org.maturityadvisor.testing.ChecklistResult.of("Payments ML"),
                List.of(new Requirement("list", 1)));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.requirements()).singleElement().satisfies(outcome -> assertThat(outcome.verdict())
                .isEqualTo("not yet Mature: 1 of 2 required sections complete"));
        assertThat(GateText.render(verdict)).contains(
                "  FAIL  list complete: not yet Mature: 1 of 2 required sections complete\n"
                        + "        2 required statements unmet\n"
                        + "          list-trace-data [Traceability]: data.versioned observed no, required yes "
                        + "(effort not given)\n"
                        + "          list-trace-code [Traceability]: code.versioned observed (unanswered), required "
                        + "yes (effort small)\n").doesNotContain("list-extra-ab");
    }
}
