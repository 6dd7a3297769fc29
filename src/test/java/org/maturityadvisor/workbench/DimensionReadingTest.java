package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.CriterionStatus;

/** How a dimension's level and a blocker's status read to a person (issue 23's wording defects). */
class DimensionReadingTest {

    @Test
    void oneLevelThatAsksNothingReadsAsOneLevelNotARangeOfOne() {
        DimensionReading reading = new DimensionReading("Data", 2, "Automated Training", null, 1, 3, false);
        assertThat(reading.meaning()).isEqualTo("criteria met at level 1; no criteria here at level 2; its next "
                + "criteria are at level 3").doesNotContain("2-2");
    }

    @Test
    void severalLevelsThatAskNothingReadAsARange() {
        DimensionReading reading = new DimensionReading("Data", 3, "x", null, 1, 4, false);
        assertThat(reading.meaning()).contains("no criteria here at levels 2-3");
    }

    @Test
    void aDimensionWithNothingMetSaysWhereItsFirstCriteriaAreInOneShortSentence() {
        DimensionReading reading = new DimensionReading("People", 0, "No MLOps", null, -1, 1, false);
        assertThat(reading.meaning()).isEqualTo("none met yet: its first criteria are at level 1");
    }

    @Test
    void aLevelTheResultSaysHasNoCriteriaReadsAsNoCriteriaHereEvenBelowAMetLevel() {
        // level 1 has no criteria of this dimension, level 2's are met, level 3 has none again
        DimensionReading reading = new DimensionReading("Data", 3, "x", null, 2, 4, false, java.util.List.of(1, 3));
        assertThat(reading.meaning()).isEqualTo(
                "criteria met at level 2; no criteria here at levels 1, 3; its next criteria are at level 4");
        assertThat(reading.noneEarned()).isFalse();
        assertThat(reading.unearned()).isTrue();
    }

    @Test
    void aDimensionReachedOnlyThroughLevelsWithoutCriteriaSaysSoAndIsNotShownAsEarned() {
        DimensionReading reading = new DimensionReading("Extras", 2, "Mature", null, -1, null, true,
                java.util.List.of(1, 2));
        assertThat(reading.noneEarned()).isTrue();
        assertThat(reading.meaning()).isEqualTo("no criteria here up to level 2");
    }

    @Test
    void theBarDrawsLevelsWithoutCriteriaApartFromEarnedOnes() {
        org.maturityadvisor.assessment.ModelAssessment model = new org.maturityadvisor.assessment.ModelAssessment(
                "m", "M", org.maturityadvisor.definition.ModelKind.GATED, 3, "Top", 4, null, null, "",
                java.util.List.of(new org.maturityadvisor.assessment.DimensionLevel("Data", 3, "Top", null,
                        java.util.List.of(1, 3))),
                java.util.List.of(new org.maturityadvisor.assessment.MetCriterion("c", "Is data versioned?", 2, "Data",
                        "data.v", "yes", "yes", null)), java.util.List.of());
        DimensionBars bar = DimensionBars.of(model, null).get(0);
        assertThat(bar.segments()).extracting(DimensionBars.Segment::kind)
                .containsExactly("unasked", "earned", "unasked");
        assertThat(bar.segments()).extracting(DimensionBars.Segment::x).containsExactly(0.0, 25.0, 50.0);
        assertThat(bar.note()).isEqualTo("levels 1, 3: no criteria here");
    }

    @Test
    void anAnswerBelowTheRequiredValueDoesNotReadAsFurtherDownThePage() {
        assertThat(CriterionStatus.ABSENT.words()).isEqualTo("answered, below what is required");
        assertThat(CriterionStatus.UNKNOWN.words()).isEqualTo("unknown: not answered");
    }

    @Test
    void countsAreWrittenInTheSingularForOne() {
        assertThat(Words.count(1, "criterion", "criteria")).isEqualTo("1 criterion");
        assertThat(Words.count(2, "criterion", "criteria")).isEqualTo("2 criteria");
        assertThat(Words.count(1, "change", "changes")).isEqualTo("1 change");
    }
}
