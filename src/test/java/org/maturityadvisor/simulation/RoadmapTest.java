package org.maturityadvisor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.testing.GeneratedTeams;
import org.maturityadvisor.testing.ShippedRules;

import tools.jackson.databind.JsonNode;

/**
 * Properties of a roadmap that hold whatever the analysts put in the tables, checked with the real KIE rules on the
 * shipped example team, every scenario's team and generated teams: the engine, not this test, says what a level needs.
 */
class RoadmapTest {

    private static final Advisor ADVISOR = ShippedRules.advisor();
    private final Simulator simulator = new Simulator(ADVISOR);

    static Stream<Arguments> teams() throws IOException {
        List<Arguments> teams = new ArrayList<>();
        teams.add(Arguments.of("docs example", TeamInputReader.read(Files.readString(Path.of("docs/examples/team.json")),
                ADVISOR.catalog())));
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().limit(12).toList()) {
                JsonNode input = TeamInputReader.parse(Files.readString(file)).get("input");
                if (input != null) {
                    teams.add(Arguments.of(file.getFileName().toString(), TeamInputReader.read(input, ADVISOR.catalog())));
                }
            }
        }
        GeneratedTeams generated = new GeneratedTeams(ADVISOR.catalog(), 23);
        for (int i = 0; i < 8; i++) {
            teams.add(Arguments.of("generated " + i, TeamInputReader.read(generated.next("team " + i),
                    ADVISOR.catalog())));
        }
        return teams.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("teams")
    void bundlesComeInOrderAndEachCompletesItsLevel(String name, TeamProfile team) {
        Roadmap roadmap = simulator.roadmap(team);
        AssessmentResult base = ADVISOR.assess(team);

        if (roadmap.goal().nextLevels()) {
            assertThat(roadmap.bundles()).extracting(Roadmap.Bundle::model).doesNotHaveDuplicates();
            assertThat(roadmap.bundles()).allSatisfy(bundle ->
                    assertThat(bundle.level()).isEqualTo(base.model(bundle.model()).level() + 1));
        } else {
            assertThat(roadmap.goal().from()).isEqualTo(base.target().current());
            assertThat(roadmap.goal().to()).isEqualTo(base.target().target());
            assertThat(roadmap.bundles()).allSatisfy(bundle -> {
                assertThat(bundle.model()).isEqualTo(roadmap.goal().model());
                assertThat(bundle.level()).isBetween(roadmap.goal().from() + 1, roadmap.goal().to());
            });
            assertThat(roadmap.bundles()).extracting(Roadmap.Bundle::level).isSorted().doesNotHaveDuplicates();
        }
        TeamProfile applied = team;
        for (Roadmap.Bundle bundle : roadmap.bundles()) {
            assertThat(bundle.steps()).as("a bundle has changes").isNotEmpty();
            TeamProfile before = applied;
            applied = apply(applied, bundle.steps());
            assertThat(ADVISOR.assess(applied).model(bundle.model()).level()).as("bundle %s %d", bundle.model(),
                    bundle.level()).isGreaterThanOrEqualTo(bundle.level());
            for (Roadmap.Step dropped : bundle.steps()) {
                List<Roadmap.Step> rest = new ArrayList<>(bundle.steps());
                rest.remove(dropped);
                assertThat(ADVISOR.assess(apply(before, rest)).model(bundle.model()).level())
                        .as("bundle %s %d without %s", bundle.model(), bundle.level(), dropped.practice())
                        .isLessThan(bundle.level());
            }
        }
        if (!roadmap.goal().nextLevels() && roadmap.goal().reachable()) {
            assertThat(ADVISOR.assess(applied).model(roadmap.goal().model()).level())
                    .isGreaterThanOrEqualTo(roadmap.goal().to());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("teams")
    void eachStepClearsOnlyBlockersTheEngineReportedAndUnlocksWhatItSays(String name, TeamProfile team) {
        Roadmap roadmap = simulator.roadmap(team);

        TeamProfile applied = team;
        for (Roadmap.Bundle bundle : roadmap.bundles()) {
            AssessmentResult bundleStart = ADVISOR.assess(applied);
            for (Roadmap.Step step : bundle.steps()) {
                AssessmentResult before = ADVISOR.assess(applied);
                applied = apply(applied, List.of(step));
                AssessmentResult after = ADVISOR.assess(applied);
                assertThat(step.question()).isEqualTo(ADVISOR.catalog().find(step.practice()).orElseThrow()
                        .question()).isNotEqualTo(step.practice());
                assertThat(step.clears()).allSatisfy(cleared -> {
                    assertThat(before.model(cleared.model()).blockedLevels().stream().map(BlockedLevel::blockers)
                            .flatMap(List::stream)).as("%s was a blocker", cleared.criterion())
                            .anySatisfy(b -> assertThat(b.criterion()).isEqualTo(cleared.criterion()));
                    assertThat(after.model(cleared.model()).met()).as("%s is met", cleared.criterion())
                            .anySatisfy(m -> assertThat(m.criterion()).isEqualTo(cleared.criterion()));
                });
                assertThat(step.unlocks()).isEqualTo(RoadmapWalk.gains(before, after));
            }
            assertThat(bundle.gains()).isEqualTo(RoadmapWalk.gains(bundleStart, ADVISOR.assess(applied)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("teams")
    void theGapCountsEveryChangeByEffort(String name, TeamProfile team) {
        Roadmap roadmap = simulator.roadmap(team);

        List<Roadmap.Step> steps = roadmap.bundles().stream().flatMap(b -> b.steps().stream()).toList();
        assertThat(roadmap.gap().changes()).isEqualTo(steps.size());
        for (Effort effort : Effort.values()) {
            int count = (int) steps.stream().filter(s -> s.effort() == effort).count();
            assertThat(roadmap.gap().byEffort().get(effort)).isEqualTo(effort.given() || count > 0 ? count : null);
        }
        assertThat(roadmap.nextActions(3)).isEqualTo(steps.subList(0, Math.min(3, steps.size())));
        AssessmentResult base = ADVISOR.assess(team);
        if (base.models().stream().allMatch(m -> m.level() == m.topLevel())) {
            assertThat(roadmap.bundles()).isEmpty();
            assertThat(roadmap.gap().words()).isEqualTo("nothing to change");
            assertThat(roadmap.goal().reason()).contains("top level");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0|0|0|nothing to change",
            "1|0|0|1 change: 1 small",
            "0|1|0|1 change: 1 medium",
            "2|7|2|11 changes: 2 small, 7 medium, 2 large",
            "0|2|1|3 changes: 2 medium, 1 large"})
    void theGapInWords(int small, int medium, int large, String words) {
        Map<Effort, Integer> byEffort = new EnumMap<>(Map.of(Effort.SMALL, small, Effort.MEDIUM, medium,
                Effort.LARGE, large));

        assertThat(new Roadmap.Gap(small + medium + large, byEffort).words()).isEqualTo(words);
    }

    private static TeamProfile apply(TeamProfile team, List<Roadmap.Step> steps) {
        return Simulator.apply(team, steps.stream().map(step -> new PracticeChange(step.practice(),
                ADVISOR.catalog().find(step.practice()).orElseThrow().answer(step.to()))).toList());
    }
}
