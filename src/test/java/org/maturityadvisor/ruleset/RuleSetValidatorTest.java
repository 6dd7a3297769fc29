package org.maturityadvisor.ruleset;

import org.maturityadvisor.testing.ShippedFindings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.Severity;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.ShippedRules;

/**
 * Validating drafts with the real tables and the real KIE API: each kind of finding names its file, sheet and cell,
 * and a valid draft comes back compiled.
 */
class RuleSetValidatorTest {

    private static final String TABLE = RulesFixture.TABLE;
    private static final String SHEET = "Microsoft MLOps";
    private static final String TARGET = "target-level.drl.xlsx";
    private static final String RUBRIC = "ml-test-score.drl.xlsx";

    @TempDir
    Path temp;

    @Test
    void theShippedRulesAreValidAndComeBackCompiled() {
        ValidationReport report = RulesFixture.copyOfShipped(temp).validate();

        // warnings only: a source that gives no remediation or effort leaves those cells blank (the Marvelous table)
        assertThat(report.findings()).allSatisfy(finding -> assertThat(finding.severity())
                .isEqualTo(org.maturityadvisor.definition.Severity.WARNING));
        assertThat(report.valid()).isTrue();
        assertThat(report.rulesetVersion()).isEqualTo(ShippedRules.advisor().version());
        assertThat(report.compiled()).hasValueSatisfying(advisor -> assertThat(advisor.models()).hasSize(5));
    }

    @Test
    void anUnknownPracticeNamesItsCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("F" + row, "release.ab-tseting");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo(TABLE);
            assertThat(finding.sheet()).isEqualTo(SHEET);
            assertThat(finding.row()).isEqualTo(row);
            assertThat(finding.column()).isEqualTo("F");
            assertThat(finding.cell()).isEqualTo("F" + row);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).contains("release.ab-tseting", "not in the practice catalog");
        });
    }

    @Test
    void aValueOutsideThePracticesChoicesNamesItsCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-automatic-release");
        rules.setCell("G" + row, "continuous");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("G" + row);
            assertThat(finding.message()).contains("\"continuous\"", "manual, scripted, ci-cd-pipeline");
        });
    }

    @Test
    void aLevelThatIsNotANumberNamesItsCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-automated-builds");
        rules.setCell("C" + row, "two");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("C" + row);
            assertThat(finding.message()).contains("Level \"two\" is not a whole number");
        });
    }

    @Test
    void anIdThatIsNotAnIdNamesItsCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-automated-builds");
        rules.setCell("A" + row, "MS automated builds");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("A" + row);
            assertThat(finding.message()).contains("is not an id");
        });
    }

    @Test
    void aDuplicateCriterionIdNamesTheSecondRow() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("A" + row, "ms-automatic-release");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("A" + row);
            assertThat(finding.message()).contains("criterion id \"ms-automatic-release\" is used twice");
        });
    }

    @Test
    void aLevelWithNoCriteriaNamesItsLevelsRow() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        for (String id : List.of("ms-monitoring-markers", "ms-post-deployment-metrics",
                "ms-metric-triggered-retraining", "ms-automated-model-testing", "ms-verbose-model-metrics")) {
            rules.setCell("C" + rules.rowOf(id), "3");
        }

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).as("the Level cell of level 4 in the Levels table").isEqualTo("B21");
            assertThat(finding.message()).contains("level 4 has no criteria");
        });
    }

    @Test
    void aBandNoTeamCanReachIsAWarningAtItsScoreAboveCell() {
        int band5 = 22;
        RulesFixture rules = RulesFixture.copyOfShipped(temp).setCell(RUBRIC, "F" + band5, "7");

        ValidationReport report = rules.validate();

        assertThat(report.valid()).as("an unreachable band is a mistake, not a danger").isTrue();
        assertThat(ShippedFindings.beyondShipped(report.findings())).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.file()).isEqualTo(RUBRIC);
            assertThat(finding.cell()).isEqualTo("F" + band5);
            assertThat(finding.message()).contains("can never be exceeded", "best score", "7.0");
        });
    }

    @Test
    void aCriterionAnotherAlreadyImpliesIsRefusedAsNeverBlocking() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("G" + rules.rowOf("ms-app-unit-tests"), "unit-and-integration");
        int later = rules.rowOf("ms-app-integration-tests");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("G" + later);
            assertThat(finding.message()).contains("can never block a level", "ms-app-unit-tests");
        });
    }

    @Test
    void twoRowsThatRequireTheSameAreRefusedAsDuplicates() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int later = rules.rowOf("ms-app-integration-tests");
        rules.setCell("C" + later, "1").setCell("G" + later, "unit");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("G" + later);
            assertThat(finding.message()).contains("duplicates ms-app-unit-tests");
        });
    }

    @Test
    void aScoredModelThatScoresOnePracticeTwiceIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf(RUBRIC, "mlts-data-features-beneficial");
        rules.setCell(RUBRIC, "E" + row, "mlts.data-feature-schema");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("E" + row);
            assertThat(finding.message()).contains("already scored by mlts-data-feature-schema");
        });
    }

    @Test
    void aTargetRowThatContradictsAnEarlierOneNamesItsRow() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int four = rules.rowOf(TARGET, "target-2-four-use-cases");
        rules.setCell(TARGET, "C" + rules.rowOf(TARGET, "target-3-five-or-more"), "4+");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.row()).isEqualTo(four);
            assertThat(finding.message()).contains("can never apply");
        });
    }

    @Test
    void aBlankTargetConditionMustSayAny() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf(TARGET, "target-3-critical");
        rules.setCell(TARGET, "D" + row, null);

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("D" + row);
            assertThat(finding.message()).contains("Business-critical is blank", "write any");
        });
    }

    @Test
    void aMisspeltColumnKeywordIsRefusedAtItsCell() {
        int criteriaKeywords = 24;
        RulesFixture rules = RulesFixture.copyOfShipped(temp).setCell("C" + criteriaKeywords, "CONDITOIN");

        assertThat(refusal(rules)).extracting(Finding::cell).containsOnly("C" + criteriaKeywords);
        assertThat(refusal(rules)).anySatisfy(finding -> assertThat(finding.message())
                .contains("\"CONDITOIN\" is not a column keyword", "first letter"));
    }

    @Test
    void anActionWithoutCodeIsRefusedAtItsCodeCell() {
        int criteriaCode = 26;
        RulesFixture rules = RulesFixture.copyOfShipped(temp).setCell("I" + criteriaCode, null);

        assertThat(refusal(rules)).extracting(Finding::cell).containsOnly("I" + criteriaCode);
        assertThat(refusal(rules)).anySatisfy(finding -> assertThat(finding.message())
                .contains("ACTION column above has no code", "ignore the whole column"));
    }

    @Test
    void aMisspeltSettingIsRefusedAtItsCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).setCell("A2", "Imprt");

        assertThat(refusal(rules)).extracting(Finding::cell).containsOnly("A2");
        assertThat(refusal(rules)).anySatisfy(finding -> assertThat(finding.message())
                .contains("\"Imprt\"", "not a setting"));
    }

    @Test
    void aRowCutOffFromItsTableByAnEmptyRowIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int afterGap = rules.rowOf("ms-verbose-model-metrics") + 2;
        rules.setCell("A" + afterGap, "ms-one-more").setCell("B" + afterGap, "microsoft");

        assertThat(refusal(rules)).anySatisfy(finding -> {
            assertThat(finding.cell()).isEqualTo("A" + afterGap);
            assertThat(finding.message()).contains("outside every table", "remove that empty row");
        });
    }

    @Test
    void aDraftThatChangesADrlFileIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeFile("promotion.drl", "package x;\n");

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo("promotion.drl");
            assertThat(finding.message()).contains("changes only through the repository");
        });
    }

    @Test
    void aDraftWithoutADrlFileIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.rename("target.drl", "target.drl.bak");

        assertThat(refusal(rules)).extracting(Finding::message).anySatisfy(message -> assertThat(message)
                .contains("DRL changes only through the repository"));
    }

    @Test
    void aCompileErrorInDrlTheTemplateAlsoHasIsNamedWithItsLine() {
        RulesFixture template = RulesFixture.copyOfShipped(temp).writeFile("extra.drl", "package org.maturityadvisor.rules;\n\nrule \"broken\"\nwhen\n  Foo(\nthen\nend\n");

        ValidationReport report = RuleSetValidator.validate(template.files(), template.files());

        assertThat(report.valid()).isFalse();
        assertThat(ShippedFindings.beyondShipped(report.findings())).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.file()).isEqualTo("extra.drl");
            assertThat(finding.row()).isPositive();
        });
    }

    @Test
    void aCellOutsideTheTablesColumnsIsRefusedAtItsCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("M" + row, "stray note"); // two columns right of the table's last, Applies when (K)

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.cell()).isEqualTo("M" + row);
            assertThat(finding.message()).contains("outside the columns of table Criteria");
        });
    }

    @Test
    void aRuleTableHeaderMustBeWrittenExactly() {
        int criteriaHeader = 23;
        RulesFixture rules = RulesFixture.copyOfShipped(temp).setCell("A" + criteriaHeader, "ruletable Criteria");

        assertThat(refusal(rules)).extracting(Finding::cell).containsOnly("A" + criteriaHeader);
        assertThat(refusal(rules)).anySatisfy(finding -> assertThat(finding.message())
                .contains("must be written exactly RuleTable"));
    }

    @Test
    void aTableOnASecondSheetIsRefusedRatherThanIgnored() throws Exception {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        Path table = rules.directory().resolve(TABLE);
        try (Workbook book = new XSSFWorkbook(Files.newInputStream(table))) {
            book.createSheet("More criteria").createRow(0).createCell(0).setCellValue("RuleTable Criteria");
            try (OutputStream out = Files.newOutputStream(table)) {
                book.write(out);
            }
        }

        assertThat(refusal(rules)).singleElement().satisfies(finding -> {
            assertThat(finding.sheet()).isEqualTo("More criteria");
            assertThat(finding.message()).contains("only the first sheet");
        });
    }

    @Test
    void aDollarSignIsPlainText() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("H" + rules.rowOf("ms-ab-testing"), "Spend $param on it");

        assertThat(rules.validate().valid()).isTrue();
    }

    private static List<Finding> refusal(RulesFixture rules) {
        ValidationReport report = rules.validate();
        assertThat(report.valid()).as("valid, with %s", report.findings()).isFalse();
        assertThat(report.compiled()).isEmpty();
        return ShippedFindings.beyondShipped(report.findings());
    }
}
