package org.maturityadvisor.kie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.json.WireJson;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.testing.ShippedRules;

import tools.jackson.databind.json.JsonMapper;

/**
 * A pooled session keeps its last team's answers and context, and the next team's evaluation changes only what
 * differs: whatever team went before, every team's result (full, summary and unexplained outcomes) is the one a session
 * that never saw another team gives.
 */
class SessionReuseTest {

    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder()).build();
    private static final Advisor SHIPPED = ShippedRules.advisor();
    private static final KieBase BASE = KieRuleCompiler.evaluationRules(RuleSetLoader.read(ShippedRules.DIRECTORY)
            .stream().filter(file -> file.name().toLowerCase(Locale.ROOT).endsWith(".drl")).toList());

    private static Map<String, TeamProfile> teams() {
        Map<String, TeamProfile> teams = new LinkedHashMap<>();
        for (Scenario scenario : ScenarioFiles.read(Path.of("scenarios"))) {
            teams.put(scenario.file(), TeamInputReader.read(scenario.input(), SHIPPED.catalog(), scenario.options()));
        }
        return teams;
    }

    /** An advisor on its own engine: its first evaluation is on a session that never held a team. */
    private static Advisor fresh() {
        return new Advisor(SHIPPED.version(), SHIPPED.catalog(), SHIPPED.definitions(),
                new KieRuleEngine(BASE, SHIPPED.definitions()));
    }

    private static String everything(Advisor advisor, TeamProfile team) {
        return JSON.writeValueAsString(List.of(advisor.assess(team), advisor.summarize(team), advisor.outcomes(team)));
    }

    @Test
    void everyTeamGetsWhatAFreshSessionGivesWhateverTeamWentBefore() {
        Map<String, TeamProfile> teams = teams();
        Map<String, String> alone = new LinkedHashMap<>();
        teams.forEach((file, team) -> alone.put(file, everything(fresh(), team)));

        Advisor reused = fresh();
        List<String> forward = new ArrayList<>(teams.keySet());
        List<String> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        List<String> order = new ArrayList<>(forward);
        order.addAll(backward);
        // every team right after the most and the least mature teams, and again after itself
        for (String file : forward) {
            order.addAll(List.of("all-top-team.json", file, "all-early-poc-team.json", file, file));
        }
        for (String file : order) {
            assertThat(everything(reused, teams.get(file))).as(file).isEqualTo(alone.get(file));
        }
    }
}
