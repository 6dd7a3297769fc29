package org.maturityadvisor.ruleset;

import org.maturityadvisor.testing.ShippedFindings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.testing.ReleaseRubric;
import org.maturityadvisor.testing.RulesFixture;

/**
 * No code through tables: a cell is data, kept as text even when it looks like code, a value that is not one of its
 * column's values is refused, and a code row or setting outside the tables' vocabulary is refused at its cell. Nothing
 * runs (the file an injected action would create never appears, the file it would delete survives).
 */
class CodeInjectionTest {

    private static final String TARGET = "target-level.drl.xlsx";

    @TempDir
    Path temp;

    /** A remediation that ends Drools' string literal (a cell starting with a quote is pasted unescaped). */
    private static String breakout(Path marker) {
        return "\"+new java.io.File(\"" + marker + "\").createNewFile()+\"";
    }

    @Test
    void aCellThatWouldBreakOutOfAStringIsPlainTextOnEveryPathAndNeverRuns() {
        Path marker = temp.resolve("ran");
        RulesFixture rules = RulesFixture.copyOfShipped(temp.resolve("rules"));
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("H" + row, breakout(marker));
        rules.setCell("E" + row, "Is A/B testing integrated?\\");

        assertThat(rules.validate().valid()).isTrue();
        assertThat(RuleSetLoader.load(rules.directory()).models().get(0).criteria())
                .filteredOn(criterion -> criterion.id().equals("ms-ab-testing")).singleElement()
                .satisfies(criterion -> {
                    assertThat(criterion.remediation()).isEqualTo(breakout(marker));
                    assertThat(criterion.text()).endsWith("\\");
                });
        assertThat(marker).doesNotExist();
    }

    @Test
    void aLineBreakInACellIsRefusedAtItsCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("H" + row, "first line\nsecond line");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("H" + row);
            assertThat(finding.message()).contains("Remediation contains a line break");
        });
    }

    @Test
    void aConditionOrValueCellHoldingCodeIsRefusedAsNotAValue() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int criterion = rules.rowOf("ms-automatic-release");
        int target = rules.rowOf(TARGET, "target-3-critical");
        rules.setCell("G" + criterion, "true) || eval(System.exit(0)");
        rules.setCell(TARGET, "D" + target, "true) || eval(System.exit(0)");
        rules.setCell(TARGET, "E" + target, "yes\") || eval(System.exit(0)); (\"");

        assertThat(refusal(rules)).extracting(Finding::cell)
                .containsExactlyInAnyOrder("G" + criterion, "D" + target, "E" + target);
    }

    @Test
    void anActionChangedToCallOtherCodeIsRefusedAtItsCodeCell() throws Exception {
        Path victim = Files.writeString(temp.resolve("victim.txt"), "still here");
        int criteriaCode = 26;
        RulesFixture rules = RulesFixture.copyOfShipped(temp.resolve("rules")).setCell("I" + criteriaCode,
                "c.effort(\"$param\"); java.nio.file.Files.delete(java.nio.file.Paths.get(\"" + victim + "\"));");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("I" + criteriaCode);
            assertThat(finding.message()).contains("not one the rule set's tables use", "c.effort(\"$param\");");
        });
        assertThat(victim).exists();
    }

    @Test
    void aNewModelTableBuiltFromTheShippedTablesPartsIsValid() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeTable("release-rubric.drl.xlsx", releaseRubric(
                List.of()));

        ValidationReport report = rules.validate();

        assertThat(ShippedFindings.beyondShipped(report.findings())).isEmpty();
        assertThat(report.compiled()).hasValueSatisfying(advisor -> assertThat(advisor.models())
                .extracting(model -> model.id()).contains("release-rubric"));
    }

    @Test
    void aNewTableWithAFunctionsRowIsRefused() {
        List<List<String>> rows = releaseRubric(List.of("Functions",
                "function void boom() { java.lang.System.exit(0); }"));
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeTable("release-rubric.drl.xlsx", rows);

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo("release-rubric.drl.xlsx");
            assertThat(finding.cell()).isEqualTo("A3");
            assertThat(finding.message()).contains("\"Functions\" is a Drools setting for code");
        });
    }

    @Test
    void aNewTableWhoseCodeIsNotTheShippedTablesIsRefused() {
        List<List<String>> rows = releaseRubric(List.of());
        int testsCode = 22;
        List<String> code = new ArrayList<>(rows.get(testsCode));
        code.set(7, "c.effort(\"$param\"); java.lang.System.exit(0);");
        rows.set(testsCode, code);
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeTable("release-rubric.drl.xlsx", rows);

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("H" + (testsCode + 1));
            assertThat(finding.message()).contains("not one the rule set's tables use");
        });
    }

    /** The new scored model of {@code ModelTablesTest}, laid out the same way, with every band reachable. */
    static List<List<String>> releaseRubric(List<String> extraSetting) {
        return ReleaseRubric.rows(extraSetting, "1.5", "scripted: 0.5, ci-cd-pipeline: 1.5");
    }

    private static List<Finding> refusal(RulesFixture rules) {
        ValidationReport report = rules.validate();
        assertThat(report.valid()).as("valid, with %s", report.findings()).isFalse();
        assertThat(report.compiled()).isEmpty();
        return ShippedFindings.beyondShipped(report.findings());
    }
}
