package org.maturityadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.testing.GeneratedTeams;
import org.maturityadvisor.testing.ShippedRules;

/** What-if rankings read outcomes instead of explained results: both must say the same of every team. */
class ModelOutcomeTest {

    @Test
    void outcomesAreTheLevelsScoresAndMetCriteriaOfTheExplainedResult() {
        Advisor advisor = ShippedRules.advisor();
        Set<String> everyModel = Set.copyOf(advisor.models().stream().map(MaturityModel::id).toList());
        GeneratedTeams teams = new GeneratedTeams(advisor.catalog(), 16);
        for (int i = 0; i < 400; i++) {
            TeamProfile team = TeamInputReader.read(teams.next("team " + i), advisor.catalog());
            try (Advisor.Variants variants = advisor.variants(team, everyModel)) {
                List<ModelOutcome> outcomes = variants.outcomes(team.answers());
                List<ModelOutcome> explained = variants.assess(team.answers()).models().stream()
                        .map(ModelOutcomeTest::outcomeOf).toList();

                assertThat(outcomes).as("team %d", i).isEqualTo(explained);
                // and in the same order: a ranking lists the criteria a change meets in the model's order
                assertThat(outcomes).as("team %d", i).hasToString(explained.toString());
            }
        }
    }

    @Test
    void outcomesCoverOnlyTheModelsInScope() {
        Advisor advisor = ShippedRules.advisor();
        TeamProfile team = TeamInputReader.read(new GeneratedTeams(advisor.catalog(), 3).next("one"),
                advisor.catalog());
        String first = advisor.models().get(0).id();
        try (Advisor.Variants variants = advisor.variants(team, Set.of(first))) {
            assertThat(variants.outcomes(team.answers())).extracting(ModelOutcome::model).containsExactly(first);
        }
    }

    private static ModelOutcome outcomeOf(ModelAssessment model) {
        Map<String, Double> met = new LinkedHashMap<>();
        model.met().forEach(m -> met.put(m.criterion(), m.points()));
        return new ModelOutcome(model.model(), model.level(), model.score(), met);
    }
}
