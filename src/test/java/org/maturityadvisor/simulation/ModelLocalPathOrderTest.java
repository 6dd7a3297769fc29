package org.maturityadvisor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.TableGrid;
import org.maturityadvisor.testing.ShippedRules;

/**
 * Plans order tied steps by a model-local rule (rules/README.md, "How plans order steps"): adding a model never
 * changes another model's path. Every scenario input's path to every level above the team's, in every shipped model,
 * is computed with the shipped rules and again with one more model that asks for the same practices with other
 * efforts; every original path must be the same steps in the same order.
 */
class ModelLocalPathOrderTest {

    private static final String EXTRA = "extra-model";

    @TempDir
    Path temp;

    @Test
    void addingAModelThatGivesSharedPracticesOtherEffortsNeverReordersAnotherModelsPath() {
        Advisor shipped = ShippedRules.advisor();
        RulesFixture rules = RulesFixture.copyOfShipped(temp).writeTable("extra.drl.xlsx", extraModel(shipped));
        Advisor withExtra = RuleSetLoader.load(rules.directory());
        assertThat(withExtra.models()).extracting(MaturityModel::id).contains(EXTRA);

        Map<String, List<String>> before = paths(shipped);
        Map<String, List<String>> after = paths(withExtra);

        assertThat(before).isNotEmpty();
        before.forEach((key, steps) -> assertThat(after.get(key)).as(key).containsExactlyElementsOf(steps));
    }

    /** Every path of every scenario input, keyed by scenario, model and level: its steps as practice -> value. */
    private static Map<String, List<String>> paths(Advisor advisor) {
        Simulator simulator = new Simulator(advisor);
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (Scenario scenario : ScenarioFiles.read(Path.of("scenarios"))) {
            if (scenario.input() == null) {
                continue;
            }
            TeamProfile team = TeamInputReader.read(scenario.input(), advisor.catalog(), scenario.options());
            for (MaturityModel model : advisor.models()) {
                if (model.id().equals(EXTRA)) {
                    continue;
                }
                int now = advisor.assess(team).model(model.id()).level();
                for (int level = now + 1; level <= model.topLevel(); level++) {
                    PathResult path = simulator.path(team, model.id(), level);
                    paths.put(scenario.file() + " " + model.id() + " " + level, path.steps().stream()
                            .map(step -> step.practice() + " -> " + step.to() + " (" + step.effort().id() + ")")
                            .toList());
                }
            }
        }
        return paths;
    }

    /**
     * A gated model with one level that asks for the top answer of every practice the shipped models ask about, each
     * with the effort opposite to the first the shipped tables give it (large for small, small for anything else), so
     * that any ordering that reads efforts across models would move.
     */
    private static List<List<String>> extraModel(Advisor shipped) {
        Map<String, String> efforts = new LinkedHashMap<>();
        for (MaturityModel model : shipped.models()) {
            for (Criterion criterion : model.criteria()) {
                efforts.putIfAbsent(criterion.practice(), criterion.effort().label().equals("small") ? "large"
                        : "small");
            }
        }
        Set<String> dimensions = new LinkedHashSet<>();
        efforts.keySet().forEach(practice -> dimensions.add(dimension(shipped, practice)));
        List<List<String>> criteria = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> effort : efforts.entrySet()) {
            Practice practice = shipped.catalog().find(effort.getKey()).orElseThrow();
            criteria.add(List.of("extra-" + (++n), EXTRA, "1", dimension(shipped, practice.id()), "Is it done?",
                    practice.id(), practice.choices().get(practice.choices().size() - 1), "Do it.",
                    effort.getValue()));
        }
        return TableGrid.ruleSet("org.maturityadvisor.rules.extra")
                .table("Model", TableGrid.MODEL, List.of(List.of(EXTRA, "Extra model", "a test", "gated")))
                .table("Levels", TableGrid.LEVELS, List.of(List.of(EXTRA, "0", "Start"),
                        List.of(EXTRA, "1", "Everything")))
                .table("Dimensions", TableGrid.DIMENSIONS, dimensions.stream()
                        .map(dimension -> List.of(EXTRA, dimension)).toList())
                .table("Criteria", TableGrid.CRITERIA, criteria)
                .rows();
    }

    private static String dimension(Advisor shipped, String practice) {
        return shipped.catalog().find(practice).orElseThrow().dimension();
    }
}
