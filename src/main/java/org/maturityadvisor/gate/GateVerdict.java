package org.maturityadvisor.gate;

import java.util.List;

/** Whether an assessment passes a policy: {@code passed} when every requirement is met. */
public record GateVerdict(String team, String rulesetVersion, boolean passed, List<RequirementOutcome> requirements) {

    public GateVerdict {
        requirements = List.copyOf(requirements);
    }

    public List<RequirementOutcome> unmet() {
        return requirements.stream().filter(r -> !r.met()).toList();
    }
}
