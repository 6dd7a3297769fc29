package org.maturityadvisor.assessment;

import java.util.List;

/** Everything the rules inserted for one team: the only input of the explanation. */
public record RuleFindings(List<CriterionResult> results, List<Classification> classifications) {

    public RuleFindings {
        results = List.copyOf(results);
        classifications = List.copyOf(classifications);
    }
}
