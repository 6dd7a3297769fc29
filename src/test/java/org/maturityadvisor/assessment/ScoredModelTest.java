package org.maturityadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.testing.ShippedRules;

/**
 * The ML Test Score, a scored model: points per test, section sums, the lowest sum as the score, bands. Asserted
 * against the loaded rubric, not its content: the shipped scores and bands are the scenarios' ({@code scenarios/mlts-*}).
 */
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

    /** What each section sums when every test is answered {@code answer}: the score is the lowest. */
    private double lowestSectionSum(String answer) {
        return rubric.dimensions().stream().mapToDouble(d -> rubric.criteriaOf(d.name()).stream()
                .mapToDouble(test -> test.pointsFor(rankOf(test, answer))).sum()).min().orElseThrow();
    }

    private int rankOf(Criterion test, String answer) {
        return advisor.catalog().find(test.practice()).orElseThrow().rankOf(answer).orElseThrow();
    }

    @Test
    void everyTestEarnsItsFullPointsAtTheValueItRequiresAndBelongsToADeclaredSection() {
        assertThat(rubric.dimensions()).isNotEmpty()
                .allSatisfy(section -> assertThat(rubric.criteriaOf(section.name())).isNotEmpty());
        assertThat(rubric.criteria()).allSatisfy(test -> {
            assertThat(test.pointsFor(test.requiredRank())).isEqualTo(test.maxPoints()).isPositive();
            assertThat(rubric.dimensions()).extracting(d -> d.name()).contains(test.dimension());
        });
    }

    @Test
    void everyTestAtFullPointsReachesTheTopBandWithNothingBlocking() {
        Map<String, Object> answers = new HashMap<>();
        rubric.criteria().forEach(test -> answers.put(test.practice(), test.required()));

        ModelAssessment result = assess(answers);

        assertThat(result.level()).isEqualTo(rubric.topLevel());
        assertThat(result.levelName()).isEqualTo(rubric.level(rubric.topLevel()).name());
        assertThat(result.blockedLevels()).isEmpty();
        assertThat(result.score()).isEqualTo(result.dimensions().stream().mapToDouble(d -> d.score()).min()
                .orElseThrow());
        assertThat(result.met()).hasSameSizeAs(rubric.criteria()).allSatisfy(met -> assertThat(met.points())
                .isEqualTo(rubric.criteria().stream().filter(c -> c.id().equals(met.criterion())).findFirst()
                        .orElseThrow().maxPoints()));
    }

    @Test
    void everyTestDoneByHandIsPartlyMetAndBlocksAsPartial() {
        ModelAssessment result = assess(every("manual"));

        assertThat(result.score()).isEqualTo(lowestSectionSum("manual"));
        assertThat(result.blockedLevels()).isNotEmpty();
        assertThat(result.blockedLevels().stream().flatMap(level -> level.blockers().stream()))
                .hasSameSizeAs(rubric.criteria())
                .allSatisfy(blocker -> assertThat(blocker.status()).isEqualTo(CriterionStatus.PARTIAL));
        BlockedLevel top = result.blockedLevels().get(result.blockedLevels().size() - 1);
        assertThat(top.shortfalls()).hasSameSizeAs(rubric.dimensions()).allSatisfy(shortfall -> assertThat(
                shortfall.needsAbove()).isEqualTo(rubric.level(rubric.topLevel()).scoreAbove()));
    }

    @Test
    void theLowestSectionSetsTheScoreAndASumEqualToAFloorDoesNotReachTheBand() {
        Map<String, Object> answers = new HashMap<>();
        rubric.criteria().forEach(test -> answers.put(test.practice(), test.required()));
        List<Criterion> monitoring = rubric.criteriaOf("Monitoring");
        monitoring.stream().skip(1).forEach(test -> answers.put(test.practice(), "no"));

        ModelAssessment result = assess(answers);

        double sum = monitoring.get(0).maxPoints();
        assertThat(result.score()).isEqualTo(sum);
        assertThat(rubric.level(result.level()).scoreAbove()).as("the band reached is below the score")
                .isLessThan(sum);
        assertThat(rubric.level(result.level() + 1).scoreAbove()).as("a floor equal to the score is not reached")
                .isGreaterThanOrEqualTo(sum);
        assertThat(result.dimensions()).filteredOn(d -> d.dimension().equals("Data")).singleElement()
                .satisfies(data -> assertThat(data.level()).isEqualTo(rubric.topLevel()));
        assertThat(result.nextLevelBlockers()).hasSize(monitoring.size() - 1)
                .allSatisfy(blocker -> {
                    assertThat(blocker.dimension()).isEqualTo("Monitoring");
                    assertThat(blocker.status()).isEqualTo(CriterionStatus.ABSENT);
                    assertThat(blocker.observed()).isEqualTo("no");
                });
        assertThat(result.blockedLevels().get(0).shortfalls()).singleElement()
                .isEqualTo(new SectionShortfall("Monitoring", sum, rubric.level(result.level() + 1).scoreAbove()));
        assertThat(result.summary()).contains("Monitoring");
    }

    @Test
    void unansweredTestsEarnNothingAndAreReportedUnknownNotNo() {
        ModelAssessment result = assess(Map.of());

        assertThat(result.score()).isZero();
        assertThat(result.level()).isZero();
        assertThat(result.met()).isEmpty();
        assertThat(result.nextLevelBlockers()).hasSameSizeAs(rubric.criteria())
                .allSatisfy(blocker -> assertThat(blocker.status()).isEqualTo(CriterionStatus.UNKNOWN));
    }

    @Test
    void eachTestIsListedOnceUnderTheLowestBandItHoldsBack() {
        Map<String, Object> answers = every("manual");
        List<Criterion> data = rubric.criteriaOf("Data");
        data.forEach(test -> answers.put(test.practice(), "no"));

        ModelAssessment result = assess(answers);

        assertThat(result.level()).isZero();
        assertThat(result.blockedLevels()).extracting(BlockedLevel::level)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, rubric.topLevel()).boxed().toList());
        assertThat(result.blockedLevels().get(0).blockers()).hasSameSizeAs(data)
                .allSatisfy(blocker -> assertThat(blocker.dimension()).isEqualTo("Data"));
        assertThat(result.blockedLevels().stream().flatMap(level -> level.blockers().stream()).map(Blocker::criterion))
                .as("every test once, under the first band its section is short of")
                .doesNotHaveDuplicates().hasSameSizeAs(rubric.criteria());
    }

    @Test
    void aManualTestIsPartlyMetWithItsPointsInTheChain() {
        Map<String, Object> answers = every("automated");
        Criterion test = rubric.criteriaOf("Infrastructure").get(3);
        answers.put(test.practice(), "manual");

        ModelAssessment result = assess(answers);

        assertThat(result.level()).isEqualTo(rubric.topLevel());
        assertThat(result.met()).filteredOn(met -> met.criterion().equals(test.id())).singleElement()
                .satisfies(met -> {
                    assertThat(met.points()).isEqualTo(test.pointsFor(rankOf(test, "manual")))
                            .isLessThan(test.maxPoints());
                    assertThat(met.observed()).isEqualTo("manual");
                });
    }
}
