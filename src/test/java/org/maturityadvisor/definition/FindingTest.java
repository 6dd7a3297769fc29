package org.maturityadvisor.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a finding points: a cell as a spreadsheet names it, and a kind whose id is stable. */
class FindingTest {

    @ParameterizedTest(name = "column {0} is {1}")
    @CsvSource({"0, A", "1, B", "25, Z", "26, AA", "27, AB", "51, AZ", "52, BA", "701, ZZ", "702, AAA"})
    void aColumnIsNamedAsSpreadsheetsNameIt(int column, String letters) {
        assertThat(Finding.columnLetter(column)).isEqualTo(letters);
    }

    @Test
    void aCellFindingCountsRowsFromOneAsSpreadsheetsShowThem() {
        Finding finding = Finding.atCell(FindingKind.FORMULA_CELL, "t.drl.xlsx", "Criteria", 11, 2, Severity.ERROR,
                "a formula");

        assertThat(finding.row()).isEqualTo(12);
        assertThat(finding.column()).isEqualTo("C");
        assertThat(finding.cell()).isEqualTo("C12");
        assertThat(finding.refuses()).isTrue();
    }

    @Test
    void onlyAnErrorRefusesADraft() {
        assertThat(Finding.atRow(FindingKind.UNREACHABLE_BAND, "t.drl.xlsx", "Levels", 4, Severity.WARNING, "x")
                .refuses()).isFalse();
        assertThat(Finding.error(FindingKind.TOO_LARGE, "upload", "too much").refuses()).isTrue();
    }

    @Test
    void everyKindHasItsOwnStableLowerCaseId() {
        List<String> ids = Arrays.stream(FindingKind.values()).map(FindingKind::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(ids).contains("formula-cell", "unknown-practice", "cell-too-long", "undeclared-dimension",
                "bad-code-row");
    }
}
