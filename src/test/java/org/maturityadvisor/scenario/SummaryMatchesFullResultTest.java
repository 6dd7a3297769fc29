package org.maturityadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.AssessmentSummary;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.json.WireJson;
import org.maturityadvisor.testing.ShippedRules;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code view=summary} is read from the rules' findings without the explained chain ({@code Advisor.summarize}); for
 * every scenario team and every model it must say what the full result says: the same level, level name, score and
 * dimensions, the same next level and the same criteria blocking it (in the same order), a checklist's same sections,
 * and the same target (model, level, status and the row it rests on); and so, byte for byte, the summary the service
 * answered before, when it was trimmed from the full result.
 */
class SummaryMatchesFullResultTest {

    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder()).build();
    private static final Advisor ADVISOR = ShippedRules.advisor();

    static Stream<Arguments> scenarios() {
        List<Arguments> teams = new ArrayList<>();
        for (Scenario scenario : ScenarioFiles.read(Path.of("scenarios"))) {
            teams.add(Arguments.of(scenario.file(), TeamInputReader.read(scenario.input(), ADVISOR.catalog(),
                    scenario.options())));
        }
        return teams.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theSummarySaysWhatTheFullResultSays(String file, TeamProfile team) {
        AssessmentResult full = ADVISOR.assess(team);
        AssessmentSummary summary = ADVISOR.summarize(team);

        assertThat(summary.team()).isEqualTo(full.team());
        assertThat(summary.rulesetVersion()).isEqualTo(full.rulesetVersion());
        assertThat(summary.models()).extracting(AssessmentSummary.Model::model)
                .containsExactlyElementsOf(full.models().stream().map(ModelAssessment::model).toList());
        for (AssessmentSummary.Model model : summary.models()) {
            ModelAssessment said = full.model(model.model());
            String where = file + ", model " + model.model();
            assertThat(model.level()).as(where + ": level").isEqualTo(said.level());
            assertThat(model.levelName()).as(where + ": level name").isEqualTo(said.levelName());
            assertThat(model.score()).as(where + ": score").isEqualTo(said.score());
            assertThat(model.dimensions()).as(where + ": dimensions").isEqualTo(said.dimensions());
            assertThat(model.nextLevel()).as(where + ": next level")
                    .isEqualTo(said.blockedLevels().isEmpty() ? null : said.blockedLevels().get(0).level());
            assertThat(model.nextLevelBlockers()).as(where + ": what blocks the next level")
                    .containsExactlyElementsOf(said.nextLevelBlockers().stream().map(Blocker::criterion).toList());
            assertThat(model.sections()).as(where + ": sections")
                    .containsExactlyElementsOf(said.sections().stream().map(s -> new AssessmentSummary.Section(
                            s.section(), s.role(), s.met(), s.applicable(), s.total(), s.complete(),
                            s.unmet().stream().map(Blocker::criterion).toList())).toList());
        }
        if (full.target() == null) {
            assertThat(summary.target()).as(file + ": target").isNull();
        } else {
            assertThat(summary.target()).as(file + ": target").isEqualTo(new AssessmentSummary.Target(
                    full.target().model(), full.target().target(), full.target().status(), full.target().rule()));
        }
        assertThat(JSON.writeValueAsString(summary)).as(file + ": the summary's JSON")
                .isEqualTo(JSON.writeValueAsString(AssessmentSummary.of(full)));
    }
}
