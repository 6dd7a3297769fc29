package org.maturityadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.testing.ShippedRules;

/** "Why is this team at level 1?" and "why not level 3?" both have precise answers. */
class ExplainedChainTest {

    private static final String LEVEL_1_TEAM = """
            {"team": "Payments ML", "answers": {
              "creation.data-pipeline": true,
              "integration.model-tests": "basic", "integration.automated-release": true,
              "integration.app-tests": "unit", "integration.automated-builds": true,
              "integration.automated-tests-scope": "application-code",
              "creation.experiment-tracking": "ad-hoc", "creation.training-code-versioned": true,
              "creation.model-versioning": true, "creation.training-automation": "pipeline",
              "release.scoring-script": "versioned-with-tests", "release.ownership": "software-engineering-team",
              "people.ds-de-collaboration": true, "release.method": "scripted"}}
            """;

    private final Advisor advisor = ShippedRules.advisor();

    private ModelAssessment assess(String json) {
        return advisor.assess(TeamInputReader.read(json, advisor.catalog())).model("microsoft");
    }

    @Test
    void explainsTheLevelReachedWithTheAnswersThatMetEachCriterion() {
        ModelAssessment result = assess(LEVEL_1_TEAM);

        assertThat(result.level()).isEqualTo(1);
        assertThat(result.levelName()).isEqualTo("DevOps but no MLOps");
        assertThat(result.met()).filteredOn(met -> met.level() == 1).hasSize(7);
        assertThat(result.met()).filteredOn(met -> met.criterion().equals("ms-model-handoff")).singleElement()
                .satisfies(met -> {
                    assertThat(met.observed()).isEqualTo("software-engineering-team");
                    assertThat(met.required()).isEqualTo("handed-to-software-engineers");
                });
    }

    @Test
    void blocksLevel2WithAbsentAndUnknownCriteriaAndTheirRemediation() {
        ModelAssessment result = assess(LEVEL_1_TEAM);

        BlockedLevel level2 = result.blockedLevels().get(0);
        assertThat(level2.level()).isEqualTo(2);
        assertThat(level2.blockers()).extracting(Blocker::criterion, Blocker::status, Blocker::observed,
                Blocker::required).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ms-managed-compute", CriterionStatus.UNKNOWN, null, "yes"),
                org.assertj.core.groups.Tuple.tuple("ms-experiment-tracking", CriterionStatus.ABSENT, "ad-hoc", "centralized"));
        assertThat(level2.blockers()).allSatisfy(blocker -> {
            assertThat(blocker.remediation()).isNotBlank();
            assertThat(blocker.effort()).isNotNull();
            assertThat(blocker.dimension()).isEqualTo("Model Creation");
        });
        assertThat(result.summary()).isEqualTo("Level 1, DevOps but no MLOps: level 2, Automated Training, is "
                + "blocked by 2 criteria: ms-managed-compute (unanswered) and ms-experiment-tracking.");
    }

    @Test
    void answersWhyNotLevel3ForEveryLevelAbove() {
        ModelAssessment result = assess(LEVEL_1_TEAM);

        assertThat(result.blockedLevels()).extracting(BlockedLevel::level).containsExactly(2, 3, 4);
        BlockedLevel level3 = result.blockedLevels().get(1);
        assertThat(level3.blockers()).filteredOn(b -> b.criterion().equals("ms-automatic-release")).singleElement()
                .satisfies(blocker -> {
                    assertThat(blocker.status()).isEqualTo(CriterionStatus.ABSENT);
                    assertThat(blocker.observed()).isEqualTo("scripted");
                    assertThat(blocker.required()).isEqualTo("ci-cd-pipeline");
                    assertThat(blocker.dimension()).isEqualTo("Model Release");
                });
        assertThat(level3.blockers()).extracting(Blocker::criterion).doesNotContain("ms-managed-compute");
    }

    @Test
    void classifiesEachDimensionOnItsOwnCriteria() {
        ModelAssessment result = assess(LEVEL_1_TEAM);

        assertThat(result.dimensions()).extracting(DimensionLevel::dimension, DimensionLevel::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("People", 2),
                org.assertj.core.groups.Tuple.tuple("Model Creation", 1),
                org.assertj.core.groups.Tuple.tuple("Model Release", 2),
                org.assertj.core.groups.Tuple.tuple("Application Integration", 2));
    }

    @Test
    void theTopLevelHasNoBlockersAndSaysSo() {
        String all = """
                {"team": "Top", "answers": {%s}}
                """.formatted(advisor.catalog().practices().stream()
                .map(p -> "\"" + p.id() + "\": \"" + p.choices().get(p.choices().size() - 1) + "\"")
                .reduce((a, b) -> a + "," + b).orElseThrow());

        ModelAssessment result = assess(all);

        assertThat(result.level()).isEqualTo(4);
        assertThat(result.blockedLevels()).isEmpty();
        assertThat(result.summary()).isEqualTo("Level 4, Full MLOps Automated Operations: the top level of the "
                + "Microsoft MLOps maturity model; all 28 criteria are met.");
    }

    @Test
    void namesTheRuleSetVersionThatProducedTheResult() {
        AssessmentResult result = advisor.assess(TeamInputReader.read(LEVEL_1_TEAM, advisor.catalog()));

        assertThat(result.rulesetVersion()).isEqualTo(advisor.version());
    }
}
