package org.maturityadvisor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.testing.GeneratedTeams;
import org.maturityadvisor.testing.ShippedRules;

/** The ranking evaluates its changes in two halves on two sessions, one on the common pool: it must not show. */
class ImpactRankingTest {

    @Test
    void rankingsRunAtOnceOnManyThreadsEqualTheSameRankingsRunOneByOne() throws Exception {
        Advisor advisor = ShippedRules.advisor();
        Simulator simulator = new Simulator(advisor);
        GeneratedTeams generated = new GeneratedTeams(advisor.catalog(), 42);
        List<TeamProfile> teams = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            teams.add(TeamInputReader.read(generated.next("team " + i), advisor.catalog()));
        }
        List<ImpactResult> oneByOne = teams.stream().map(team -> simulator.impact(team, Set.of())).toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<ImpactResult>> atOnce = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (TeamProfile team : teams) {
                    atOnce.add(threads.submit(() -> simulator.impact(team, Set.of())));
                }
            }
            for (int i = 0; i < atOnce.size(); i++) {
                assertThat(atOnce.get(i).get()).as("ranking %d", i).isEqualTo(oneByOne.get(i % teams.size()));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void everyChangeTriedIsCountedOnceWithTheTeamAsItIs() {
        Advisor advisor = ShippedRules.advisor();
        TeamProfile team = TeamInputReader.read(new GeneratedTeams(advisor.catalog(), 7).next("one"),
                advisor.catalog());
        String model = advisor.models().get(0).id();
        long higherAnswers = advisor.models().get(0).criteria().stream().map(c -> c.practice()).distinct()
                .map(id -> advisor.catalog().find(id).orElseThrow())
                .mapToLong(p -> p.choices().size() - 1 - team.answers().get(p.id()).map(a -> a.rank()).orElse(-1))
                .sum();

        assertThat(new Simulator(advisor).impact(team, Set.of(model)).evaluations()).isEqualTo(1 + higherAnswers);
    }
}
