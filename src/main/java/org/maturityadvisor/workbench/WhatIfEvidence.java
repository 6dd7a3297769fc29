package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.simulation.ModelDiff;
import org.maturityadvisor.simulation.PlanOutcome;

/**
 * The what-if "with evidence" in words: which levels rise when every answer is evidenced, confirmed by a second person
 * and fresh, and why: the criteria that no longer block, each with what held it back before (its blocker's words,
 * "unknown: claimed without evidence", "unknown: stale: ..."). Read from the simulation only.
 */
record WhatIfEvidence(List<Rise> rises) {

    /** One model whose level rises, and the criteria that stop blocking, each with what held it back. */
    record Rise(String model, String modelName, int from, int to, List<String> because) {
    }

    WhatIfEvidence {
        rises = List.copyOf(rises);
    }

    static WhatIfEvidence of(AssessmentResult before, PlanOutcome outcome) {
        List<Rise> rises = new ArrayList<>();
        for (ModelDiff diff : outcome.diff()) {
            if (diff.delta() == null || diff.delta() <= 0) {
                continue;
            }
            ModelAssessment was = before.model(diff.model());
            Map<String, Blocker> blockers = new LinkedHashMap<>();
            was.blockedLevels().forEach(level -> level.blockers().forEach(b -> blockers.putIfAbsent(b.criterion(), b)));
            List<String> because = diff.blockersCleared().stream().map(blockers::get)
                    .filter(java.util.Objects::nonNull)
                    .map(b -> b.text() + " (was " + b.statusWords() + ")").toList();
            rises.add(new Rise(diff.model(), was.modelName(), diff.levelBefore(), diff.levelAfter(), because));
        }
        return new WhatIfEvidence(rises);
    }

    /** "With every answer evidenced, confirmed and fresh, 2 models rise:" or the reason none does. */
    public String summary() {
        if (rises.isEmpty()) {
            return "With every answer evidenced, confirmed and fresh, no level rises: what blocks the levels above is "
                    + "the answers' values, not what they rest on.";
        }
        return "With every answer evidenced, confirmed and fresh, " + (rises.size() == 1 ? "1 model rises"
                : rises.size() + " models rise") + ":";
    }
}
