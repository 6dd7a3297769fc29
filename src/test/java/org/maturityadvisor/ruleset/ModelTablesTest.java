package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.testing.ReleaseRubric;
import org.maturityadvisor.testing.RulesFixture;

/**
 * Models are data: a new model, gated or scored, is a new table in rules/, with no Java; and every cell of the new
 * columns (kind, crosswalk, score floors, points, target conditions) is checked and named when wrong.
 */
class ModelTablesTest {

    private static final String TARGET = "target-level.drl.xlsx";
    private static final String RUBRIC = "ml-test-score.drl.xlsx";

    @TempDir
    Path temp;

    /** The release rubric with a given Points cell for its first test; band 2 needs more than 2.5. */
    private static List<List<String>> releaseRubric(String pointsOfFirstTest) {
        return ReleaseRubric.rows(List.of(), "2.5", pointsOfFirstTest);
    }

    @Test
    void aNewScoredModelIsJustANewTable() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp)
                .writeTable("release-rubric.drl.xlsx", releaseRubric("scripted: 0.5, ci-cd-pipeline: 1.5"));

        Advisor advisor = RuleSetLoader.load(rules.directory());
        ModelAssessment result = advisor.assess(new TeamProfile("t", TeamContext.unknown(),
                advisor.catalog().answers(Map.of("release.method", "ci-cd-pipeline", "release.ab-testing", true,
                        "integration.model-tests", "basic"), "answers."))).model("release-rubric");

        assertThat(result.kind()).isEqualTo(ModelKind.SCORED);
        assertThat(result.dimensions()).extracting(d -> d.dimension() + "=" + d.score())
                .containsExactly("Release=2.5", "Testing=1.0");
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.level()).as("1 is not above the floor of band 1").isZero();
        assertThat(result.nextLevelBlockers()).extracting(b -> b.criterion() + ":" + b.status().label())
                .containsExactly("rr-tests:partial");
        assertThat(result.nextLevelBlockers().get(0).required()).isEqualTo("every-release");
    }

    @Test
    void aPointsCellThatIsNotAnswersOfThePracticeIsNamedWithItsRow() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp)
                .writeTable("release-rubric.drl.xlsx", releaseRubric("scripted: 1, weekly: 2, ci-cd-pipeline: 0.5"));

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("release-rubric.drl.xlsx");
            assertThat(problem.location()).endsWith("cell E25");
            assertThat(problem.message()).contains("\"weekly\" is not a value of practice release.method");
        });
    }

    @Test
    void pointsThatFallAsTheAnswerRisesAreRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp)
                .writeTable("release-rubric.drl.xlsx", releaseRubric("scripted: 1, ci-cd-pipeline: 0.5"));

        assertThat(rules.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("ci-cd-pipeline earns fewer points than the lower answer scripted"));
    }

    @Test
    void aBandFloorMustRise() {
        int band3 = 20;
        RulesFixture rules = RulesFixture.copyOfShipped(temp).setCell(RUBRIC, "F" + band3, "0.5");

        assertThat(rules.problems()).extracting(RuleSetProblem::toString).singleElement().satisfies(p -> assertThat(p)
                .contains("band 3 must need a higher score than band 2 (Score above 0.5 is not above 1.0)"));
    }

    @Test
    void anUnknownKindIsTheOneProblemReportedForItsModel() {
        int modelRow = 10;
        RulesFixture rules = RulesFixture.copyOfShipped(temp).setCell(RUBRIC, "D" + modelRow, "ladder");

        assertThat(rules.problems()).extracting(RuleSetProblem::toString).singleElement().isEqualTo(RUBRIC
                + " sheet \"ML Test Score\", cell D" + modelRow + ": Kind \"ladder\" is not one of gated, scored, checklist");
    }

    @Test
    void aCrosswalkToALevelTheReferenceDoesNotHaveIsRefused() {
        int level3 = 20;
        RulesFixture rules = RulesFixture.copyOfShipped(temp).setCell("six-stage-mlops.drl.xlsx", "E" + level3, "3-6");

        assertThat(rules.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("lines up with microsoft 3-6, but microsoft has levels 0-4"));
    }

    @Test
    void aTargetTableWithoutACatchAllLastRowIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int last = rules.rowOf(TARGET, "target-1-context-unknown");
        rules.setCell(TARGET, "C" + last, "1");

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).endsWith("row " + last);
            assertThat(problem.message()).contains("last row must match every team");
        });
    }

    @Test
    void aTargetRowAnEarlierRowAlwaysBeatsIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int four = rules.rowOf(TARGET, "target-2-four-use-cases");
        int fivePlus = rules.rowOf(TARGET, "target-3-five-or-more");
        rules.setCell(TARGET, "C" + fivePlus, "4+");

        assertThat(rules.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).endsWith("row " + four);
            assertThat(problem.message()).contains("can never apply", "row " + fivePlus);
        });
    }

    @Test
    void aBlankTargetConditionIsRefusedNotReadAsAny() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int critical = rules.rowOf(TARGET, "target-3-critical");
        rules.setCell(TARGET, "D" + critical, null);

        assertThat(rules.problems()).anySatisfy(problem -> {
            assertThat(problem.location()).endsWith("cell D" + critical);
            assertThat(problem.message()).contains("Business-critical is blank");
        });
    }

    @Test
    void aTargetAboveTheModelsTopLevelIsRefused() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int row = rules.rowOf(TARGET, "target-4-critical-at-scale");
        rules.setCell(TARGET, "F" + row, "5");

        assertThat(rules.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("Target level 5 is not a level of model \"microsoft\" (0-4)"));
    }

    @Test
    void reGatingTheTargetIsATableEdit() {
        RulesFixture rules = RulesFixture.copyOfShipped(temp);
        int four = rules.rowOf(TARGET, "target-2-four-use-cases");
        rules.setCell(TARGET, "F" + four, "3");

        Advisor advisor = RuleSetLoader.load(rules.directory());
        TeamProfile team = new TeamProfile("t", new TeamContext(4, false, true), advisor.catalog().answers(Map.of(),
                "answers."));
        assertThat(advisor.assess(team).target().target()).isEqualTo(3);
    }
}
