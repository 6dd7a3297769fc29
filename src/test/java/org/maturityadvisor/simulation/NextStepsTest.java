package org.maturityadvisor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.testing.GeneratedTeams;
import org.maturityadvisor.testing.ShippedRules;

/** Best next steps on the shipped rules: what each option gains is what the engine says its changes gain. */
class NextStepsTest {

    private static final Advisor ADVISOR = ShippedRules.advisor();
    private final Simulator simulator = new Simulator(ADVISOR);

    static Stream<Arguments> teams() throws IOException {
        List<Arguments> teams = new ArrayList<>();
        teams.add(Arguments.of("docs example", TeamInputReader.read(Files.readString(Path.of("docs/examples/team.json")),
                ADVISOR.catalog())));
        GeneratedTeams generated = new GeneratedTeams(ADVISOR.catalog(), 7);
        for (int i = 0; i < 5; i++) {
            teams.add(Arguments.of("generated " + i, TeamInputReader.read(generated.next("team " + i),
                    ADVISOR.catalog())));
        }
        return teams.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("teams")
    void optionsGainWhatTheEngineSaysBestFirst(String name, TeamProfile team) {
        NextSteps next = simulator.nextSteps(team);
        AssessmentResult base = ADVISOR.assess(team);

        assertThat(next.options()).isSortedAccordingTo(Comparator.comparingInt(NextSteps.Option::levelsGained)
                .reversed().thenComparing(NextSteps.Option::effort));
        assertThat(next.options()).allSatisfy(option -> {
            assertThat(option.levelsGained()).isPositive()
                    .isEqualTo(option.gains().stream().mapToInt(Roadmap.LevelGain::gained).sum());
            AssessmentResult after = ADVISOR.assess(apply(team, option.steps()));
            assertThat(option.gains()).isEqualTo(RoadmapWalk.gains(base, after));
            assertThat(option.title()).doesNotContain(option.steps().get(0).practice());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("teams")
    void theRoadmapsFirstBundleIsAnOption(String name, TeamProfile team) {
        Roadmap roadmap = simulator.roadmap(team);
        NextSteps next = simulator.nextSteps(team);

        if (!roadmap.bundles().isEmpty()) {
            Roadmap.Bundle first = roadmap.bundles().get(0);
            List<String> changes = first.steps().stream().map(s -> s.practice() + "=" + s.to()).sorted().toList();
            assertThat(next.options()).as("the first bundle, or its one change")
                    .anySatisfy(option -> assertThat(first.steps().size() == 1
                            ? option.steps().get(0).practice().equals(first.steps().get(0).practice())
                            : option.steps().stream().map(s -> s.practice() + "=" + s.to()).sorted().toList()
                            .equals(changes)).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("teams")
    void theValuesOfOnePracticeAreOneOption(String name, TeamProfile team) {
        NextSteps next = simulator.nextSteps(team);
        List<NextSteps.Option> changes = next.options().stream()
                .filter(option -> option.kind() == NextSteps.Kind.CHANGE).toList();

        assertThat(changes).extracting(option -> option.steps().get(0).practice()).doesNotHaveDuplicates();
        Set<String> changed = Set.copyOf(changes.stream().map(option -> option.steps().get(0).practice()).toList());
        assertThat(next.options()).filteredOn(option -> option.kind() == NextSteps.Kind.BUNDLE)
                .allSatisfy(bundle -> assertThat(bundle.steps().size() > 1
                        || !changed.contains(bundle.steps().get(0).practice())).isTrue());
        for (ImpactResult.Impact impact : simulator.impact(team, Set.of()).changes()) {
            if (impact.totalGain() > 0) {
                NextSteps.Option option = changes.stream()
                        .filter(o -> o.steps().get(0).practice().equals(impact.practice())).findFirst().orElseThrow();
                assertThat(option.levelsGained()).isGreaterThanOrEqualTo(impact.totalGain());
                if (!option.steps().get(0).to().equals(impact.to())) {
                    assertThat(option.alternatives())
                            .contains(new NextSteps.Alternative(impact.to(), impact.totalGain()));
                }
            }
        }
    }

    private static TeamProfile apply(TeamProfile team, List<Roadmap.Step> steps) {
        return Simulator.apply(team, steps.stream().map(step -> new PracticeChange(step.practice(),
                ADVISOR.catalog().find(step.practice()).orElseThrow().answer(step.to()))).toList());
    }
}
