package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.definition.Dimension;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.ShippedRules;

/** Loading rule sets with the real KIE API: what a good one yields, and how every kind of broken one is refused. */
class RuleSetLoaderTest {

    private static final String TABLE = RulesFixture.TABLE;

    @TempDir
    Path temp;

    /** The shipped content (how many criteria, which levels) is the scenarios'; this is what loading guarantees. */
    @Test
    void loadsTheShippedModelsWithTheCrosswalkReferenceFirstAndEveryCriterionPlaced() {
        Advisor advisor = ShippedRules.advisor();

        assertThat(advisor.models()).isNotEmpty();
        assertThat(advisor.models().get(0).levels()).as("the crosswalk's reference lines up with nothing")
                .allSatisfy(level -> assertThat(level.alignment()).isNull());
        assertThat(advisor.models()).allSatisfy(model -> {
            assertThat(model.levels()).extracting(Level::number).as(model.id())
                    .containsExactlyElementsOf(IntStream.rangeClosed(0, model.topLevel()).boxed().toList());
            assertThat(model.criteria()).as(model.id()).isNotEmpty().allSatisfy(criterion -> {
                assertThat(model.dimensions()).extracting(Dimension::name).contains(criterion.dimension());
                assertThat(advisor.catalog().find(criterion.practice())).isPresent();
            });
        });
        assertThat(advisor.version()).matches("sha256:[0-9a-f]{16}");
    }

    @Test
    void regatingACriterionInTheSpreadsheetChangesTheLevelWithoutJava() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-automated-builds");
        rules.setCell("C" + row, "2");
        Advisor edited = RuleSetLoader.load(rules.directory());
        Map<String, Object> answers = Map.of("creation.data-pipeline", true,
                "release.ownership", "handed-to-software-engineers", "integration.model-tests", "basic",
                "integration.automated-release", true, "integration.app-tests", "unit",
                "integration.automated-builds", false, "integration.automated-tests-scope", "application-code");

        assertThat(levelOf(ShippedRules.advisor(), answers)).isZero();
        assertThat(levelOf(edited, answers)).isEqualTo(1);
        assertThat(edited.version()).isNotEqualTo(ShippedRules.advisor().version());
    }

    @Test
    void anUnknownPracticeIsRefusedWithItsFileAndRow() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("F" + row, "release.ab-tseting");

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(TABLE);
            assertThat(problem.location()).isEqualTo("sheet \"Microsoft MLOps\", cell F" + row);
            assertThat(problem.message()).contains("release.ab-tseting", "not in the practice catalog");
        });
    }

    @Test
    void aRequiredValueOutsideThePracticesChoicesIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-automatic-release");
        rules.setCell("G" + row, "continuous");

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).endsWith("cell G" + row);
            assertThat(problem.message()).contains("\"continuous\"", "manual, scripted, ci-cd-pipeline");
        });
    }

    @Test
    void aBlankCellIsRefusedRatherThanDroppedSilently() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-managed-compute");
        rules.setCell("E" + row, null);

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).endsWith("cell E" + row);
            assertThat(problem.message()).startsWith("Criterion is blank");
        });
    }

    @Test
    void aCodeRowOutsideTheColumnVocabularyIsRefusedNamingItsCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int levelsCodeRow = 15;
        rules.setCell("B" + levelsCodeRow, "l.levle(\"$param\");");

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(TABLE);
            assertThat(problem.location()).endsWith("cell B" + levelsCodeRow);
            assertThat(problem.message()).contains("not one the rule set's tables use", "l.level(\"$param\");");
        });
    }

    @Test
    void aDataCellThatLooksLikeCodeIsKeptAsPlainText() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-data-pipeline");
        String text = "\"); System.exit(1); //\\ $param \"+ x +\"";
        rules.setCell("H" + row, text);

        Advisor advisor = RuleSetLoader.load(rules.directory());

        assertThat(advisor.models().get(0).criteria()).filteredOn(c -> c.id().equals("ms-data-pipeline"))
                .singleElement().satisfies(criterion -> assertThat(criterion.remediation()).isEqualTo(text));
    }

    @Test
    void aStructuralErrorNamesTheCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("M" + row, "stray note"); // two columns right of the table's last, Applies when (K)

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(TABLE);
            assertThat(problem.location()).endsWith("cell M" + row);
            assertThat(problem.message()).contains("outside the columns of table Criteria");
        });
    }

    @Test
    void aTableDroolsWouldIgnoreBecauseOfItsNameIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).rename(TABLE, "microsoft-mlops.xlsx");

        assertThat(rules.problems()).extracting(RuleSetProblem::file).contains("microsoft-mlops.xlsx");
        assertThat(rules.problems()).filteredOn(p -> p.file().equals("microsoft-mlops.xlsx")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("would be ignored", "microsoft-mlops.drl.xlsx"));
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileAndLine() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp)
                .writeFile("extra.drl", "package org.maturityadvisor.rules;\n\nrule \"broken\"\nwhen\n  Foo(\nthen\nend\n");

        assertThat(rules.problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("extra.drl");
            assertThat(problem.location()).startsWith("line ");
        });
    }

    @Test
    void promotionRulesThatClassifyNothingAreRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeFile("promotion.drl",
                "package org.maturityadvisor.rules;\nimport org.maturityadvisor.definition.Level;\n"
                        + "rule \"does nothing useful\"\nruleflow-group \"classify\"\nwhen\n  Level()\nthen\nend\n");

        assertThat(rules.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("classified no level of model microsoft"));
    }

    @Test
    void promotionRulesThatLeaveADimensionUnclassifiedAreRefusedAtLoadNotPerRequest() {
        String promotion = new String(readShipped("promotion.drl"), java.nio.charset.StandardCharsets.UTF_8);
        String withoutDimensions = promotion.substring(0, promotion.indexOf("rule \"dimension level reached"));
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeFile("promotion.drl", withoutDimensions);

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("promotion.drl");
            assertThat(problem.message()).contains("dimension People");
        });
    }

    @Test
    void aBadCatalogLineIsNamed() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeFile(RuleSetLoader.CATALOG,
                "id,dimension,type,choices,question,help\n"
                        + "people.ds-de-collaboration,People,yes-no,,Q?,\n"
                        + "release.method,Model Release,choice,manual,Q?,\n");

        assertThat(rules.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(RuleSetLoader.CATALOG);
            assertThat(problem.location()).as("a CSV file's place is a line and a column, never a spreadsheet cell")
                    .isEqualTo("line 3, column 4");
        });
    }

    @Test
    void editorLockFilesAndDocsAreNotPartOfTheRuleSet() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp)
                .writeFile(".~lock." + TABLE + "#", "analyst,host,2026")
                .writeFile("~$" + TABLE, "x");

        assertThat(RuleSetLoader.load(rules.directory()).version()).isEqualTo(ShippedRules.advisor().version());
    }

    private static byte[] readShipped(String name) {
        try {
            return java.nio.file.Files.readAllBytes(ShippedRules.DIRECTORY.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int levelOf(Advisor advisor, Map<String, Object> answers) {
        return advisor.assess(new TeamProfile("t", null, advisor.catalog().answers(answers, "answers.")))
                .model("microsoft").level();
    }
}
