package org.maturityadvisor.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleSetVersion;
import org.maturityadvisor.testing.GeneratedTeams;

import tools.jackson.databind.JsonNode;

/**
 * Which teams a draft can move. The property: a team the scope says the draft cannot move keeps every model's level
 * and score, for each of {@link Drafts}' edits and many generated teams (a seed per draft, replayable), with and
 * without its levels under the active version known; and the behaviours that make skipping sound, one by one.
 */
class ImpactScopeTest {

    private static final int TEAMS = 1_000;

    @Test
    void theShippedDrlIsTheOneTheSkippingWasReasonedFor() {
        List<RuleFile> drl = Drafts.shipped().files().stream().filter(file -> file.name().endsWith(".drl")).toList();

        assertThat(RuleSetVersion.of(drl)).as("rules/*.drl changed: check that ImpactScope's reasoning still holds "
                + "for it, then set ImpactScope.REASONED_DRL").isEqualTo(ImpactScope.REASONED_DRL);
    }

    @TestFactory
    Stream<DynamicTest> aTeamTheDraftCannotMoveKeepsEveryLevelAndScore() {
        int[] seed = {100};
        return Drafts.all().entrySet().stream().map(draft -> {
            int teamsSeed = seed[0]++;
            return DynamicTest.dynamicTest(draft.getKey() + " [seed " + teamsSeed + "]",
                    () -> skippedTeamsKeepTheirLevels(draft.getValue(), teamsSeed));
        });
    }

    private static void skippedTeamsKeepTheirLevels(LoadedRuleSet draft, int seed) {
        LoadedRuleSet shipped = Drafts.shipped();
        ImpactScope scope = ImpactScope.between(shipped, draft);
        GeneratedTeams teams = new GeneratedTeams(shipped.advisor().catalog(), seed);
        int[] skippedAndAssessed = {0, 0};
        for (int i = 0; i < TEAMS; i++) {
            JsonNode input = teams.next("team " + i);
            TeamProfile before = TeamInputReader.read(input, shipped.advisor().catalog());
            TeamProfile after;
            try {
                after = TeamInputReader.read(input, draft.advisor().catalog());
            } catch (InvalidInputException refused) {
                continue; // reported as a change of its own, never skipped
            }
            AssessmentResult was = shipped.advisor().assess(before);
            boolean skipped = !scope.mayMove(before, after);
            boolean skippedKnowingLevels = !scope.mayMove(before, after, Standing.of(was));
            if (skipped) {
                assertThat(skippedKnowingLevels).as("knowing where it stands never assesses more").isTrue();
            }
            if (skippedKnowingLevels) {
                assertThat(levelsAndScores(draft.advisor().assess(after))).as("team %d, %s", i, input)
                        .isEqualTo(levelsAndScores(was));
            }
            skippedAndAssessed[skippedKnowingLevels ? 0 : 1]++;
            if (i % 4 == 0 && scope.touched().isPresent() && before.answers().equals(after.answers())) {
                Map<String, String> untouched = levelsAndScores(was);
                untouched.keySet().removeAll(scope.touched().get());
                Map<String, String> now = new HashMap<>();
                draft.advisor().outcomes(after).stream().filter(o -> untouched.containsKey(o.model()))
                        .forEach(o -> now.put(o.model(), o.level() + " / " + o.score()));
                assertThat(now).as("a model the draft does not touch keeps every level and score: team %d", i)
                        .isEqualTo(untouched);
            }
        }
        if (scope.everyoneBecause().isEmpty() && scope.reshaped().isEmpty() && scope.differing() > 0) {
            assertThat(skippedAndAssessed).as("the generated teams fall on both sides of the change: skipped, assessed")
                    .doesNotContain(0);
        }
    }

    @Test
    void aTeamThatDidNotAnswerAChangedCriterionMayStillMove() {
        LoadedRuleSet moved = Drafts.all().get("a criterion moved down a level"); // ms-managed-compute to level 1
        TeamProfile silent = team(ModelsAt.MICROSOFT_LEVEL_1_WITHOUT_MANAGED_COMPUTE);
        assertThat(Drafts.shipped().advisor().assess(silent).model("microsoft").level()).isOne();

        assertThat(ImpactScope.between(Drafts.shipped(), moved).mayMove(silent, silent)).isTrue();
        assertThat(moved.advisor().assess(silent).model("microsoft").level()).as("unknown blocks level 1 now")
                .isZero();
    }

    @Test
    void aTeamMeetingTheChangedCriterionInBothVersionsIsNotAssessed() {
        LoadedRuleSet moved = Drafts.all().get("a criterion moved down a level");
        TeamProfile meets = team(ModelsAt.MICROSOFT_LEVEL_1_WITHOUT_MANAGED_COMPUTE.replace("\"answers\": {",
                "\"answers\": {\"creation.managed-compute\": true, "));

        assertThat(ImpactScope.between(Drafts.shipped(), moved).mayMove(meets, meets)).isFalse();
    }

    @Test
    void aTeamBlockedBelowTheChangeIsNotAssessedOnceItsLevelIsKnown() {
        LoadedRuleSet lower = Drafts.all().get("a lower required value"); // ms-scoring-script-tested, level 2
        TeamProfile early = team("{\"team\": \"early\", \"answers\": {\"creation.data-pipeline\": false}}");
        ImpactScope scope = ImpactScope.between(Drafts.shipped(), lower);

        assertThat(scope.mayMove(early, early)).as("level not known: it may be 1, blocked by that criterion alone")
                .isTrue();
        Map<String, Standing> standings = Standing.of(Drafts.shipped().advisor().assess(early));
        assertThat(standings.get("microsoft").level()).isZero();
        assertThat(scope.mayMove(early, early, standings)).as("at level 0, level 1 stays blocked whatever level 2 asks")
                .isFalse();
    }

    @Test
    void aTeamStillBlockedByAnotherCriterionIsNotAssessedWhenOneBlockerIsRemoved() {
        LoadedRuleSet removed = Drafts.all().get("a criterion moved up a level"); // ms-data-pipeline, level 1 to 3
        TeamProfile early = team("{\"team\": \"early\", \"answers\": {\"creation.data-pipeline\": false}}");
        ImpactScope scope = ImpactScope.between(Drafts.shipped(), removed);
        Map<String, Standing> standings = Standing.of(Drafts.shipped().advisor().assess(early));
        assertThat(standings.get("microsoft").nextBlockers()).contains("ms-data-pipeline", "ms-automated-builds");

        assertThat(scope.mayMove(early, early, standings)).as("level 1 stays blocked by its unanswered criteria")
                .isFalse();
        Map<String, Standing> onlyThatBlocker = new HashMap<>(standings);
        onlyThatBlocker.put("microsoft", new Standing(0, null, Set.of("ms-data-pipeline")));
        assertThat(scope.mayMove(early, early, onlyThatBlocker)).as("its only blocker gone, it may rise").isTrue();
    }

    @Test
    void aTeamReadDifferentlyByTheDraftsCatalogIsAssessed() {
        LoadedRuleSet inserted = Drafts.all().get("a choice inserted between two");
        JsonNode input = TeamInputReader.parse("{\"team\": \"t\", \"answers\": {\"creation.experiment-tracking\": "
                + "\"centralized\"}}");
        TeamProfile before = TeamInputReader.read(input, Drafts.shipped().advisor().catalog());
        TeamProfile after = TeamInputReader.read(input, inserted.advisor().catalog());

        assertThat(ImpactScope.between(Drafts.shipped(), inserted).mayMove(before, after)).isTrue();
    }

    @Test
    void aChangedTargetRowOrWordingMovesNoLevel() {
        for (String edit : List.of("a target row", "a criterion's wording", "an unchanged rule set")) {
            ImpactScope scope = ImpactScope.between(Drafts.shipped(), Drafts.all().get(edit));

            assertThat(scope.everyoneBecause()).as(edit).isEmpty();
            assertThat(scope.differing()).as(edit).isZero();
        }
    }

    @Test
    void aChangedBandFloorAssessesEveryoneInThatModelOnly() {
        ImpactScope scope = ImpactScope.between(Drafts.shipped(), Drafts.all().get("a band floor"));

        assertThat(scope.everyoneBecause()).isEmpty();
        assertThat(scope.reshaped()).containsExactly("ml-test-score");
        assertThat(scope.touched()).contains(Set.of("ml-test-score"));
        TeamProfile nobody = team("{\"team\": \"t\", \"answers\": {}}");
        assertThat(scope.mayMove(nobody, nobody)).isTrue();
        assertThat(scope.mayMove(nobody, nobody, Map.of(), Set.of("microsoft"))).as("in another model").isFalse();
    }

    @Test
    void aModelLevelEditWithACriterionEditElsewhereTouchesBothModels() {
        ImpactScope scope = ImpactScope.between(Drafts.shipped(),
                Drafts.all().get("a band floor and a criterion moved down a level"));

        assertThat(scope.reshaped()).containsExactly("ml-test-score");
        assertThat(scope.touched()).contains(Set.of("ml-test-score", "microsoft"));
    }

    @Test
    void aWordingEditTouchesNoModel() {
        assertThat(ImpactScope.between(Drafts.shipped(), Drafts.all().get("a criterion's wording")).touched())
                .contains(Set.of());
    }

    @Test
    void drlOtherThanTheReasonedOneAssessesEveryone() {
        LoadedRuleSet shipped = Drafts.shipped();
        List<RuleFile> edited = shipped.files().stream().map(file -> !file.name().equals("promotion.drl") ? file
                : new RuleFile(file.name(), (new String(file.content(), StandardCharsets.UTF_8) + "\n// edited\n")
                        .getBytes(StandardCharsets.UTF_8))).toList();
        LoadedRuleSet changed = new LoadedRuleSet(edited, shipped.advisor());

        assertThat(ImpactScope.between(shipped, changed).everyoneBecause()).hasValueSatisfying(
                why -> assertThat(why).contains("DRL differs"));
        assertThat(ImpactScope.between(changed, changed).everyoneBecause()).hasValueSatisfying(
                why -> assertThat(why).contains("not the one"));
    }

    /** Inputs whose levels these tests rely on, checked where they are used. */
    private static final class ModelsAt {
        /** Every Microsoft level-1 criterion met, creation.managed-compute (level 2) left unanswered. */
        static final String MICROSOFT_LEVEL_1_WITHOUT_MANAGED_COMPUTE = "{\"team\": \"t\", \"answers\": {"
                + "\"creation.data-pipeline\": true, \"release.ownership\": \"handed-to-software-engineers\", "
                + "\"integration.model-tests\": \"basic\", \"integration.automated-release\": true, "
                + "\"integration.app-tests\": \"unit\", \"integration.automated-builds\": true, "
                + "\"integration.automated-tests-scope\": \"application-code\"}}";
    }

    private static TeamProfile team(String json) {
        return TeamInputReader.read(json, Drafts.shipped().advisor().catalog());
    }

    private static Map<String, String> levelsAndScores(AssessmentResult result) {
        Map<String, String> levels = new HashMap<>();
        for (ModelAssessment model : result.models()) {
            levels.put(model.model(), model.level() + " / " + model.score());
        }
        return levels;
    }
}
