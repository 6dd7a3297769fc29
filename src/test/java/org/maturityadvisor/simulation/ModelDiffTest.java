package org.maturityadvisor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.testing.ShippedRules;

/** The one diff of two results, as the team history, the what-if and a draft's comparison read it. */
class ModelDiffTest {

    private final Advisor advisor = ShippedRules.advisor();

    private AssessmentResult sample() throws Exception {
        return advisor.assess(TeamInputReader.read(Files.readString(Path.of("docs/examples/team.json")),
                advisor.catalog()));
    }

    @Test
    void aResultComparedWithItselfMovesNothing() throws Exception {
        AssessmentResult result = sample();
        assertThat(ModelDiff.between(result, result)).hasSameSizeAs(result.models()).allSatisfy(diff -> {
            assertThat(diff.delta()).isZero();
            assertThat(diff.blockersCleared()).isEmpty();
            assertThat(diff.blockersAdded()).isEmpty();
            assertThat(diff.criteriaNewlyMet()).isEmpty();
            assertThat(diff.criteriaLost()).isEmpty();
        });
    }

    @Test
    void aModelOnlyOneSideHasKeepsItsLevelThereAndHasNoDelta() throws Exception {
        AssessmentResult full = sample();
        AssessmentResult fewer = new AssessmentResult(full.team(), full.rulesetVersion(),
                full.models().subList(1, full.models().size()), full.target());
        String first = full.models().get(0).model();

        ModelDiff added = ModelDiff.between(fewer, full).stream().filter(d -> d.model().equals(first)).findFirst()
                .orElseThrow();
        assertThat(added.levelBefore()).isNull();
        assertThat(added.levelAfter()).isEqualTo(full.models().get(0).level());
        assertThat(added.delta()).isNull();
        assertThat(added.dimensions()).isEmpty();

        assertThat(ModelDiff.between(full, fewer)).extracting(ModelDiff::model).last().isEqualTo(first);
        ModelDiff dropped = ModelDiff.between(full, fewer).get(full.models().size() - 1);
        assertThat(dropped.levelAfter()).isNull();
        assertThat(dropped.blockersCleared()).isNotEmpty();
    }

    @Test
    void anAnswerAndAContextFieldChangeEachWithItsOwnType() {
        TeamProfile before = new TeamProfile("t", new TeamContext(2, false, null), Answers.none());
        TeamProfile after = TeamInputReader.read("{\"team\": \"t\", \"context\": {\"mlUseCases\": 3, "
                + "\"businessCritical\": false, \"inProduction\": true}, \"answers\": {\"creation.managed-compute\": true}}",
                advisor.catalog());

        assertThat(InputDiff.answers(before.answers(), after.answers()))
                .containsExactly(new InputDiff.Change<>("creation.managed-compute", null, "yes"));
        assertThat(InputDiff.context(before.context(), after.context())).containsExactly(
                new InputDiff.Change<>("mlUseCases", 2, 3), new InputDiff.Change<>("inProduction", null, true));
    }
}
