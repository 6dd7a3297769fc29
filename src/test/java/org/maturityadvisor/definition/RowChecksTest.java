package org.maturityadvisor.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Single cells as spreadsheets store them: whole numbers written as decimals, blanks, numbers that are not finite. */
class RowChecksTest {

    private static final SourceRow ROW = new SourceRow("m.drl.xlsx", 7);

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(nullValues = "none", value = {"2, 2", "2.0, 2", "' 3 ', 3", "-1, -1", "2.5, none", "2.00, none",
            "x, none", "'', none"})
    void aWholeNumberIsReadAsTheCellHoldsIt(String text, Integer number) {
        assertThat(RowChecks.parseInteger(text)).isEqualTo(Optional.ofNullable(number));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(nullValues = "none", value = {"1.5, 1.5", "' 2 ', 2.0", "-0.25, -0.25", "NaN, none",
            "Infinity, none", "1e400, none", "five, none"})
    void aNumberMustBeFinite(String text, Double number) {
        assertThat(RowChecks.parseNumber(text)).isEqualTo(Optional.ofNullable(number));
    }

    @Test
    void aBlankRequiredCellIsOneProblemNamingItsColumnAndRow() {
        RowChecks checks = new RowChecks();

        assertThat(checks.required(ROW, "Level", "  ")).isFalse();
        assertThat(checks.required(ROW, "Level", "1")).isTrue();
        assertThat(checks.problems()).containsExactly(new RuleSetProblem(FindingKind.BLANK_CELL, "m.drl.xlsx",
                "row 7", "Level is blank; every cell of a row must be filled in"));
    }

    @Test
    void aNumberBelowTheMinimumIsAProblemButABlankIsOnlyReportedAsBlank() {
        RowChecks checks = new RowChecks();

        assertThat(checks.integer(ROW, "Level", "0", 1)).isEmpty();
        assertThat(checks.integer(ROW, "Level", null, 1)).isEmpty();
        assertThat(checks.integer(ROW, "Level", "1.0", 1)).hasValue(1);
        assertThat(checks.problems()).extracting(RuleSetProblem::kind)
                .containsExactly(FindingKind.BAD_VALUE, FindingKind.BLANK_CELL);
        assertThat(checks.problems().get(0).message()).isEqualTo("Level \"0\" is not a whole number of at least 1");
    }
}
