package org.maturityadvisor.scenario;

import java.util.List;

/** The outcome of one scenario: passed, or every difference between what was expected and what came out. */
public record ScenarioOutcome(String file, String name, List<String> failures) {

    public ScenarioOutcome {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
