package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.testing.RulesFixture;

/**
 * A table cell is data: formulas are refused with their cell and never evaluated, stored values are held to what
 * storage keeps, and a dimension exists only when the model declares it.
 */
class TablesAreDataTest {

    @TempDir
    Path temp;

    /** The injection forms that ran code before: always, on a random half of the reads, and once time passes. */
    static Stream<Arguments> injectingFormulas() {
        return Stream.of(
                Arguments.of("always", "CHAR(34)&\"); new java.io.File(\"\"%s\"\").createNewFile(); //\""),
                Arguments.of("random", "IF(RAND()<0.5,\"Replace manual data pulls with a scheduled pipeline.\","
                        + "CHAR(34)&\"); new java.io.File(\"\"%s\"\").createNewFile(); //\")"),
                Arguments.of("time", "IF(NOW()>DATE(2000,1,1),CHAR(34)&\"); new java.io.File(\"\"%s\"\")"
                        + ".createNewFile(); //\",\"Replace manual data pulls with a scheduled pipeline.\")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("injectingFormulas")
    void aFormulaCellIsRefusedNamingItsCellAndNeverRuns(String form, String formula) {
        Path marker = temp.resolve("marker-" + form);
        RulesFixture rules = RulesFixture.copyOfShipped(temp.resolve("rules-" + form));
        int row = rules.rowOf("ms-data-pipeline");
        rules.setFormula("H" + row, formula.formatted(marker));

        for (int read = 0; read < 10; read++) {
            assertThat(rules.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.location()).endsWith("cell H" + row);
                assertThat(problem.message()).isEqualTo("H" + row + " holds a formula; type the value itself "
                        + "(formulas are never evaluated)");
            });
            assertThat(rules.validate().valid()).isFalse();
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void aLevelNameLongerThanStorageKeepsIsRefusedAtItsCell() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        rules.setCell("C19", "A".repeat(250));

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).endsWith("cell C19");
            assertThat(problem.message()).startsWith("Level name is 250 characters long; at most 200 fit");
        });
    }

    @Test
    void aDimensionTheModelDoesNotDeclareIsRefusedInsteadOfCreatingOne() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf("ms-ab-testing");
        rules.setCell("D" + row, "Model Relase");

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).endsWith("cell D" + row);
            assertThat(problem.message()).contains("\"Model Relase\" is not a dimension of model microsoft",
                    "Model Release", "add a row to the Dimensions table");
        });
    }

    @Test
    void aNewDimensionDeclaredInTheDimensionsTableIsClassified() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int declared = dimensionsTableEnd(rules);
        rules.setCell("A" + declared, "microsoft").setCell("B" + declared, "Experimentation");
        rules.setCell("D" + rules.rowOf("ms-ab-testing"), "Experimentation");

        Advisor advisor = RuleSetLoader.load(rules.directory());

        MaturityModel microsoft = advisor.models().stream().filter(m -> m.id().equals("microsoft")).findFirst()
                .orElseThrow();
        assertThat(microsoft.dimensions()).extracting(d -> d.name()).last().isEqualTo("Experimentation");
        assertThat(advisor.assess(new org.maturityadvisor.assessment.TeamProfile("t", org.maturityadvisor.assessment.TeamContext.unknown(), org.maturityadvisor.catalog.Answers.none())).models().get(0)
                .dimensions()).anySatisfy(d -> assertThat(d.dimension()).isEqualTo("Experimentation"));
    }

    @Test
    void aDeclaredDimensionTwiceIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int declared = dimensionsTableEnd(rules);
        rules.setCell("A" + declared, "microsoft").setCell("B" + declared, "People");

        assertThat(rules.problems()).extracting(RuleSetProblem::message)
                .singleElement().asString()
                .startsWith("Dimension \"People\" is declared twice for model microsoft: here and at "
                        + "microsoft-mlops.drl.xlsx row ");
    }

    /** The first empty row under the shipped Microsoft table's Dimensions table (1-based). */
    private static int dimensionsTableEnd(RulesFixture rules) {
        int row = rules.rowOfCell("A", "RuleTable Dimensions") + 5;
        while (rules.cell("A" + row) != null) {
            row++;
        }
        return row;
    }

    @Test
    void theReaderNeverTouchesDroolsDecisionTableCompilation() throws Exception {
        assertThat(Files.exists(Path.of("target/classes/org/maturityadvisor/kie/GeneratedDrl.class"))).isFalse();
        assertThat(classExists("org.drools.decisiontable.SpreadsheetCompiler"))
                .as("the decision-table compiler is not even on the class path").isFalse();
        assertThat(classExists("org.drools.template.parser.DefaultTemplateContainer")).isFalse();
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
