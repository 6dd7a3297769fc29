package org.maturityadvisor.coverage;

import java.util.HashSet;
import java.util.Set;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.scenario.Scenario;

/**
 * A result the engine gave one scenario (its team as described, or after its what-if changes), and what the scenario
 * checks of it: only the models it expects something of ({@code models}: by id, or the model of its what-if path) and
 * the target only when it expects a target ({@code target}). A model a scenario says nothing about is not exercised
 * by it: a broken row there would not fail it.
 */
public record Exercised(String scenario, AssessmentResult result, Set<String> models, boolean target) {

    public Exercised {
        models = Set.copyOf(models);
    }

    public static Exercised of(Scenario scenario, AssessmentResult result) {
        Set<String> models = new HashSet<>(scenario.expect().models().keySet());
        if (scenario.expect().path() != null && scenario.whatIf() != null && scenario.whatIf().path() != null
                && scenario.whatIf().path().model() != null) {
            models.add(scenario.whatIf().path().model());
        }
        return new Exercised(scenario.file(), result, models, scenario.expect().target() != null);
    }
}
