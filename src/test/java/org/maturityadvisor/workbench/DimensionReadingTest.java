package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.CriterionStatus;

/** How a dimension's level and a blocker's status read to a person (issue 23's wording defects). */
class DimensionReadingTest {

    @Test
    void oneLevelThatAsksNothingReadsAsOneLevelNotARangeOfOne() {
        DimensionReading reading = new DimensionReading("Data", 2, "Automated Training", null, 1, 3, false);
        assertThat(reading.meaning()).contains("level 2 asks nothing of this dimension").doesNotContain("2-2");
    }

    @Test
    void severalLevelsThatAskNothingReadAsARange() {
        DimensionReading reading = new DimensionReading("Data", 3, "x", null, 1, 4, false);
        assertThat(reading.meaning()).contains("levels 2-3 ask nothing of this dimension");
    }

    @Test
    void aDimensionWithNothingMetSaysWhereItsFirstCriteriaAreInOneShortSentence() {
        DimensionReading reading = new DimensionReading("People", 0, "No MLOps", null, -1, 1, false);
        assertThat(reading.meaning()).isEqualTo("none met yet: its first criteria are at level 1");
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
