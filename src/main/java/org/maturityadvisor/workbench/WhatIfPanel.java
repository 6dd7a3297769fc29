package org.maturityadvisor.workbench;

import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.simulation.PlanOutcome;
import org.maturityadvisor.simulation.SimulationResult;

/**
 * The what-if panel of a result page as it opens: the answers its drop-downs show (the team's, or the what-if of the
 * page URL), the outcome of that what-if, the kept plans and their comparison, and where the shortest-path form starts
 * (the team's target, else the next level of the first model).
 *
 * @param selected       the value each drop-down shows, by practice id ("" for unanswered)
 * @param outcome        the what-if of the URL, or null when it changes nothing
 * @param errors         the URL's what-if fields at fault (then there is no outcome)
 * @param comparison     the kept plans side by side, or null without plans (or when they are at fault)
 * @param resetUrl       this page without its what-if: the assessed answers
 * @param teamId         the stored team whose plans these are, or null for an unstored result
 * @param mayChangePlans whether the caller may keep, rename and remove plans here
 * @param withEvidence   whether the what-if shows every answer as if evidenced, confirmed and fresh
 * @param evidence       which levels that raises and why, or null when it is off
 */
record WhatIfPanel(Names names, Map<String, String> selected, PlanOutcome outcome, List<InputError> errors,
                   List<KeptPlan> plans, SimulationResult comparison, List<InputError> planErrors, String pathModel,
                   int pathTarget, String resetUrl, String teamId, Integer seq, boolean mayChangePlans,
                   boolean withEvidence, WhatIfEvidence evidence) {

    static final String ATTRIBUTE = "whatIfPanel";

    /** The value a practice's drop-down shows. */
    public String value(String practice) {
        return selected.getOrDefault(practice, "");
    }

    /** Whether the what-if changes one of these practices (their group opens). */
    public boolean touches(List<Practice> practices) {
        return outcome != null && outcome.changes().stream().anyMatch(change -> practices.stream()
                .anyMatch(practice -> practice.id().equals(change.practice())));
    }

    /** The team's target when the target table advises one, else the next level of the first model. */
    static String pathModel(AssessmentResult result) {
        return result.target() != null ? result.target().model() : result.models().get(0).model();
    }

    static int pathTarget(AssessmentResult result) {
        if (result.target() != null) {
            return result.target().target();
        }
        ModelAssessment first = result.models().get(0);
        return Math.min(first.level() + 1, first.topLevel());
    }
}
