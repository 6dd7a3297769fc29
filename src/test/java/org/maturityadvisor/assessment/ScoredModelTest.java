package org.maturityadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.testing.ShippedRules;

/** The ML Test Score, a scored model: points per test, section sums, the lowest sum as the score, bands. */
class ScoredModelTest {

    private final Advisor advisor = ShippedRules.advisor();
    private final MaturityModel rubric = advisor.models().stream().filter(m -> m.id().equals("ml-test-score"))
            .findFirst().orElseThrow();

    private ModelAssessment assess(Map<String, Object> answers) {
        return advisor.assess(new TeamProfile("t", null, advisor.catalog().answers(answers, "answers.")))
                .model("ml-test-score");
    }

    /** Every test of the rubric answered the same way. */
    private Map<String, Object> every(String answer) {
        Map<String, Object> answers = new HashMap<>();
        rubric.criteria().forEach(test -> answers.put(test.practice(), answer));
        return answers;
    }

    @Test
    void theRubricHas28TestsInFourSectionsOfSeven() {
        assertThat(rubric.criteria()).hasSize(28);
        assertThat(rubric.dimensions()).extracting(d -> d.name())
                .containsExactly("Data", "Model", "Infrastructure", "Monitoring");
        rubric.dimensions().forEach(d -> assertThat(rubric.criteriaOf(d.name())).hasSize(7));
        assertThat(rubric.criteria()).allSatisfy(test -> {
            Practice practice = advisor.catalog().find(test.practice()).orElseThrow();
            assertThat(test.pointsFor(practice.rankOf("manual").orElseThrow())).isEqualTo(0.5);
            assertThat(test.pointsFor(practice.rankOf("automated").orElseThrow())).isEqualTo(1.0);
            assertThat(test.required()).isEqualTo("automated");
        });
    }

    @Test
    void everyTestAutomatedScoresSevenTheExceptionalBand() {
        ModelAssessment result = assess(every("automated"));

        assertThat(result.score()).isEqualTo(7.0);
        assertThat(result.level()).isEqualTo(5);
        assertThat(result.levelName()).isEqualTo("Exceptional");
        assertThat(result.blockedLevels()).isEmpty();
        assertThat(result.dimensions()).allSatisfy(section -> assertThat(section.score()).isEqualTo(7.0));
        assertThat(result.met()).hasSize(28).allSatisfy(met -> assertThat(met.points()).isEqualTo(1.0));
    }

    @Test
    void everyTestDoneByHandEarnsHalfAPointEachSoThreeAndAHalfIsStrong() {
        ModelAssessment result = assess(every("manual"));

        assertThat(result.score()).isEqualTo(3.5);
        assertThat(result.level()).isEqualTo(4);
        assertThat(result.blockedLevels()).singleElement().satisfies(band5 -> {
            assertThat(band5.shortfalls()).hasSize(4).allSatisfy(s -> assertThat(s.needsAbove()).isEqualTo(5.0));
            assertThat(band5.blockers()).hasSize(28).allSatisfy(b -> assertThat(b.status()).isEqualTo(CriterionStatus.PARTIAL));
        });
    }

    @Test
    void theLowestSectionSetsTheScoreAndASumEqualToAFloorDoesNotReachTheBand() {
        Map<String, Object> answers = every("automated");
        rubric.criteriaOf("Monitoring").forEach(test -> answers.put(test.practice(), "no"));
        Criterion first = rubric.criteriaOf("Monitoring").get(0);
        answers.put(first.practice(), "automated");

        ModelAssessment result = assess(answers);

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.level()).as("a score of exactly 1 is in (0, 1]: band 1").isEqualTo(1);
        assertThat(result.dimensions()).filteredOn(d -> d.dimension().equals("Data")).singleElement()
                .satisfies(data -> assertThat(data.level()).isEqualTo(5));
        assertThat(result.nextLevelBlockers()).hasSize(6)
                .allSatisfy(blocker -> {
                    assertThat(blocker.dimension()).isEqualTo("Monitoring");
                    assertThat(blocker.status()).isEqualTo(CriterionStatus.ABSENT);
                    assertThat(blocker.observed()).isEqualTo("no");
                    assertThat(blocker.required()).isEqualTo("automated");
                });
        assertThat(result.blockedLevels().get(0).shortfalls()).singleElement()
                .isEqualTo(new SectionShortfall("Monitoring", 1.0, 1.0));
        assertThat(result.summary()).contains("score 1", "Monitoring");
    }

    @Test
    void unansweredTestsEarnNothingAndAreReportedUnknownNotNo() {
        ModelAssessment result = assess(Map.of());

        assertThat(result.score()).isZero();
        assertThat(result.level()).isZero();
        assertThat(result.met()).isEmpty();
        assertThat(result.nextLevelBlockers()).hasSize(28)
                .allSatisfy(blocker -> assertThat(blocker.status()).isEqualTo(CriterionStatus.UNKNOWN));
    }

    @Test
    void eachTestIsListedOnceUnderTheLowestBandItHoldsBack() {
        Map<String, Object> answers = every("manual");
        rubric.criteriaOf("Data").forEach(test -> answers.put(test.practice(), "no"));

        ModelAssessment result = assess(answers);

        assertThat(result.level()).isZero();
        assertThat(result.blockedLevels()).extracting(BlockedLevel::level).containsExactly(1, 2, 3, 4, 5);
        assertThat(result.blockedLevels().get(0).blockers()).hasSize(7)
                .allSatisfy(blocker -> assertThat(blocker.dimension()).isEqualTo("Data"));
        assertThat(result.blockedLevels().get(3).shortfalls()).extracting(SectionShortfall::section)
                .containsExactly("Data");
        assertThat(result.blockedLevels().get(4).shortfalls()).hasSize(4);
        assertThat(result.blockedLevels().get(4).blockers()).as("Model, Infrastructure, Monitoring: 3.5, short of 5")
                .hasSize(21);
        assertThat(result.blockedLevels().stream().flatMap(level -> level.blockers().stream()).map(Blocker::criterion))
                .doesNotHaveDuplicates().hasSize(28);
    }

    @Test
    void aManualTestIsPartlyMetWithItsHalfPointInTheChain() {
        Map<String, Object> answers = every("automated");
        Criterion test = rubric.criteriaOf("Infrastructure").get(3);
        answers.put(test.practice(), "manual");

        ModelAssessment result = assess(answers);

        assertThat(result.score()).isEqualTo(6.5);
        assertThat(result.level()).isEqualTo(5);
        assertThat(result.met()).filteredOn(met -> met.criterion().equals(test.id())).singleElement()
                .satisfies(met -> {
                    assertThat(met.points()).isEqualTo(0.5);
                    assertThat(met.observed()).isEqualTo("manual");
                });
    }
}
