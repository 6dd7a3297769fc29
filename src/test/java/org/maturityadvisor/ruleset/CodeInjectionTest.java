package org.maturityadvisor.ruleset;

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
 * No code through tables: a cell that tries to become code, and a code row changed in a draft, are refused with the
 * cell named, and the compiler never sees them (the file an injected action would create never appears).
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
    void withoutValidationSuchACellRunsAsCode() {
        Path marker = temp.resolve("ran-unvalidated");
        RulesFixture rules = RulesFixture.copyOfShipped(temp.resolve("rules"));
        rules.setCell("H" + rules.rowOf("ms-ab-testing"), breakout(marker));

        try {
            RuleSetLoader.load(rules.directory());
        } catch (RuntimeException e) {
            // what it loads does not matter: the point is what ran while loading
        }

        assertThat(marker).as("the loader of trusted rules compiles what it is given").exists();
    }

    @Test
    void aCellThatBreaksOutOfItsStringIsRefusedBeforeTheCompiler() {
        Path marker = temp.resolve("ran-while-validating");
        RulesFixture rules = RulesFixture.copyOfShipped(temp.resolve("rules"));
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("H" + row, breakout(marker));

        List<Finding> findings = refusal(rules);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("H" + row);
            assertThat(finding.message()).contains("Remediation contains a double quote");
        });
        assertThat(marker).doesNotExist();
    }

    @Test
    void aBackslashThatWouldEscapeTheClosingQuoteIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("E" + row, "Is A/B testing integrated?\\");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("E" + row);
            assertThat(finding.message()).contains("a backslash");
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
            assertThat(finding.message()).contains("code rows are fixed", "c.effort(\"$param\");");
        });
        assertThat(victim).exists();
    }

    @Test
    void anImportChangedInADraftIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).setCell("B2",
                "org.maturityadvisor.definition.ModelRow, java.nio.file.Files");

        assertThat(refusal(rules)).extracting(Finding::cell).containsOnly("B2");
    }

    @Test
    void aNewModelTableBuiltFromTheShippedTablesPartsIsValid() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeTable("release-rubric.drl.xlsx", releaseRubric(
                List.of()));

        ValidationReport report = rules.validate();

        assertThat(report.findings()).isEmpty();
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
            assertThat(finding.message()).contains("\"Functions\" is code");
        });
    }

    @Test
    void aNewTableWhoseCodeIsNotTheShippedTablesIsRefused() {
        List<List<String>> rows = releaseRubric(List.of());
        int testsCode = 22;
        List<String> code = new ArrayList<>(rows.get(testsCode));
        code.set(6, "c.effort(\"$param\"); java.lang.System.exit(0);");
        rows.set(testsCode, code);
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeTable("release-rubric.drl.xlsx", rows);

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("G" + (testsCode + 1));
            assertThat(finding.message()).contains("\"java.lang.System.exit(0);\" is not code of a shipped Tests");
        });
    }

    @Test
    void aNewTablesNotesAndLabelsAreHeldToTheSameCharacters() {
        List<List<String>> rows = releaseRubric(List.of("Notes", "ends \"here"));
        int testsLabels = 23;
        List<String> labels = new ArrayList<>(rows.get(testsLabels));
        labels.set(0, "Test\\id");
        rows.set(testsLabels, labels);
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeTable("release-rubric.drl.xlsx", rows);

        assertThat(refusal(rules)).extracting(Finding::cell).containsExactlyInAnyOrder("B3", "A" + (testsLabels + 1));
    }

    /** The new scored model of {@code ModelTablesTest}, laid out the same way, with every band reachable. */
    static List<List<String>> releaseRubric(List<String> extraSetting) {
        return ReleaseRubric.rows(extraSetting, "1.5", "scripted: 0.5, ci-cd-pipeline: 1.5");
    }

    private static List<Finding> refusal(RulesFixture rules) {
        ValidationReport report = rules.validate();
        assertThat(report.valid()).as("valid, with %s", report.findings()).isFalse();
        assertThat(report.compiled()).isEmpty();
        return report.findings();
    }
}
