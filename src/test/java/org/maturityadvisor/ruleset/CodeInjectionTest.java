package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.definition.Finding;
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
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", "org.maturityadvisor.rules.releaserubric"));
        rows.add(List.of("Import", "org.maturityadvisor.definition.ModelRow, org.maturityadvisor.definition.LevelRow, "
                + "org.maturityadvisor.definition.CriterionRow"));
        rows.add(extraSetting);
        rows.add(List.of("RuleTable Model"));
        rows.add(Collections.nCopies(4, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("ModelRow m = ModelRow.id(\"$param\"); insert(m);", "m.name(\"$param\");",
                "m.source(\"$param\");", "m.kind(\"$param\");"));
        rows.add(List.of("Model id", "Model name", "Source", "Kind"));
        rows.add(List.of("release-rubric", "Release rubric", "an analyst's own rubric", "scored"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Levels"));
        rows.add(Collections.nCopies(4, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("LevelRow l = LevelRow.model(\"$param\"); insert(l);", "l.level(\"$param\");",
                "l.name(\"$param\");", "l.scoreAbove(\"$param\");"));
        rows.add(List.of("Model", "Band", "Band name", "Score above"));
        rows.add(List.of("release-rubric", "0", "Fragile", ""));
        rows.add(List.of("release-rubric", "1", "Sound", "1"));
        rows.add(List.of("release-rubric", "2", "Solid", "1.5"));
        rows.add(List.of());
        rows.add(List.of("RuleTable Tests"));
        rows.add(Collections.nCopies(7, "ACTION"));
        rows.add(List.of());
        rows.add(List.of("CriterionRow c = CriterionRow.id(\"$param\"); insert(c);", "c.model(\"$param\");",
                "c.dimension(\"$param\");", "c.practice(\"$param\");", "c.points(\"$param\");",
                "c.remediation(\"$param\"); c.text(\"$param\");", "c.effort(\"$param\");"));
        rows.add(List.of("Test id", "Model", "Section", "Practice", "Points", "Remediation", "Effort"));
        rows.add(List.of("rr-method", "release-rubric", "Release", "release.method",
                "scripted: 0.5, ci-cd-pipeline: 1.5", "Automate the release.", "large"));
        rows.add(List.of("rr-ab", "release-rubric", "Release", "release.ab-testing", "yes: 1",
                "Compare models on live traffic.", "large"));
        rows.add(List.of("rr-tests", "release-rubric", "Testing", "integration.model-tests",
                "basic: 1, every-release: 2", "Test every release.", "medium"));
        return rows;
    }

    private static List<Finding> refusal(RulesFixture rules) {
        ValidationReport report = rules.validate();
        assertThat(report.valid()).as("valid, with %s", report.findings()).isFalse();
        assertThat(report.compiled()).isEmpty();
        return report.findings();
    }
}
