package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.simulation.SimulationResult;
import org.maturityadvisor.simulation.Simulator;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kept plans simulated side by side against the team's answers, read exactly as {@code POST /api/simulations} reads
 * its body, limits included: the fragment and the page opened by link compare them the same way.
 */
@Component
class PlanComparison {

    private final JsonMapper json;
    private final MaturityLimits limits;

    PlanComparison(JsonMapper json, MaturityLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    /**
     * @throws InvalidInputException naming the plan and practice at fault ({@code plans[1].changes.release.method})
     */
    SimulationResult compare(Advisor advisor, FormState team, List<KeptPlan> plans) {
        ObjectNode input = team.toInput(json);
        ArrayNode array = input.putArray("plans");
        for (KeptPlan plan : plans) {
            ObjectNode node = array.addObject();
            node.put("name", plan.name());
            ObjectNode changes = node.putObject("changes");
            plan.changes().forEach((practice, value) -> {
                if (value == null) {
                    changes.putNull(practice);
                } else {
                    changes.put(practice, value);
                }
            });
        }
        var request = SimulationInputReader.plans(json.writeValueAsString(input), advisor.catalog(), limits.plans());
        return new Simulator(advisor).simulate(request.team(), request.plans());
    }
}
