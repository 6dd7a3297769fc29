package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.simulation.Simulator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named what-if plans side by side: the team is the base form, each kept plan a {@code plan} field (its name on the
 * first line, then one {@code practice=value} per line, an empty value for unanswered). They are read exactly as
 * {@code POST /api/simulations} reads its body, limits included, and simulated together.
 */
@Controller
class PlansController {

    private final ActiveRuleSet ruleSet;
    private final JsonMapper json;
    private final MaturityLimits limits;

    PlansController(ActiveRuleSet ruleSet, JsonMapper json, MaturityLimits limits) {
        this.ruleSet = ruleSet;
        this.json = json;
        this.limits = limits;
    }

    @PostMapping("/what-if/plans")
    String compare(@RequestParam MultiValueMap<String, String> form, Model page, HttpServletResponse response) {
        Advisor advisor = ruleSet.get();
        ObjectNode input = FormState.from(form, FormState.ANSWER).toInput(json);
        ArrayNode plans = input.putArray("plans");
        form.getOrDefault("plan", List.of()).forEach(plan -> plans.add(plan(plan)));
        try {
            var request = SimulationInputReader.plans(json.writeValueAsString(input), advisor.catalog(),
                    limits.plans());
            page.addAttribute("comparison", new Simulator(advisor).simulate(request.team(), request.plans()));
            return "whatif :: plans";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page.addAttribute("errors", e.errors());
            return "fragments :: errors";
        }
    }

    private ObjectNode plan(String text) {
        List<String> lines = text.lines().toList();
        ObjectNode plan = json.createObjectNode();
        plan.put("name", lines.isEmpty() ? "" : lines.get(0).strip());
        ObjectNode changes = plan.putObject("changes");
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                String value = line.substring(equals + 1).strip();
                if (value.isEmpty()) {
                    changes.putNull(line.substring(0, equals).strip());
                } else {
                    changes.put(line.substring(0, equals).strip(), value);
                }
            }
        }
        return plan;
    }
}
