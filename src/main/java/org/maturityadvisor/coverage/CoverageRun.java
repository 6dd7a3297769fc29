package org.maturityadvisor.coverage;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioOutcome;
import org.maturityadvisor.scenario.ScenarioRunner;

/** The scenarios run once on a rule set: their outcomes and the coverage read off the results they compared. */
public record CoverageRun(List<ScenarioOutcome> outcomes, ScenarioCoverage coverage) {

    public CoverageRun {
        outcomes = List.copyOf(outcomes);
    }

    public static CoverageRun of(Advisor advisor, List<Scenario> scenarios) {
        List<Exercised> results = new ArrayList<>();
        List<ScenarioOutcome> outcomes = ScenarioRunner.run(advisor, scenarios, (scenario, result) -> { },
                (scenario, result) -> results.add(Exercised.of(scenario, result)));
        return new CoverageRun(outcomes, CoverageCollector.of(advisor.version(), advisor.definitions(), results));
    }
}
