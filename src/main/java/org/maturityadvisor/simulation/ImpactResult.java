package org.maturityadvisor.simulation;

import java.util.List;

import org.maturityadvisor.definition.Effort;

/**
 * Every single-practice change that newly meets a criterion, ranked by how much it raises the levels across the
 * models (then by the criteria it meets, then the cheapest effort): a team's highest-leverage next step first.
 */
public record ImpactResult(List<String> models, int evaluations, List<Impact> changes) {

    /** One change and what it does: the level gain per model and in total, the criteria it newly meets. */
    public record Impact(String practice, String from, String to, int totalGain, List<Gain> gains,
                         List<String> criteriaNewlyMet, Effort effort) {
    }

    /** A model's level (and score, for a scored model) before and after one change. */
    public record Gain(String model, int before, int after, Double scoreBefore, Double scoreAfter) {
    }
}
