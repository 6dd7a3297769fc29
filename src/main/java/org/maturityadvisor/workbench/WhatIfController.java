package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.simulation.Plan;
import org.maturityadvisor.simulation.PracticeChange;
import org.maturityadvisor.simulation.SimulationResult;
import org.maturityadvisor.simulation.Simulator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The what-if panel of the result page, as htmx fragments: the team is the base form ({@code a.*} fields), a change
 * is a what-if field ({@code w.*}) that differs from it. Every answer comes from the {@link Simulator}.
 */
@Controller
class WhatIfController {

    private final ActiveRuleSet ruleSet;
    private final JsonMapper json;

    WhatIfController(ActiveRuleSet ruleSet, JsonMapper json) {
        this.ruleSet = ruleSet;
        this.json = json;
    }

    /** Each model's level before and after the changed answers, and the blockers cleared and added. */
    @PostMapping("/what-if")
    String whatIf(@RequestParam MultiValueMap<String, String> form, Model page, HttpServletResponse response) {
        Advisor advisor = ruleSet.get();
        FormState base = FormState.from(form, FormState.ANSWER);
        try {
            TeamProfile team = profile(base, advisor);
            List<PracticeChange> changes = WhatIfChanges.read(form, base, advisor);
            boolean withEvidence = ResultQuery.withEvidence(form);
            SimulationResult simulated = changes.isEmpty() && !withEvidence ? null : new Simulator(advisor)
                    .simulate(team, List.of(new Plan("what-if", changes)), withEvidence);
            page.addAttribute("outcome", simulated == null ? null : simulated.plans().get(0));
            page.addAttribute("evidence", simulated == null || !withEvidence ? null
                    : WhatIfEvidence.of(simulated.base(), simulated.plans().get(0)));
            page.addAttribute("names", Names.of(advisor));
            page.addAttribute("swapKeep", true);
            return "whatif :: whatIf";
        } catch (InvalidInputException | IllegalArgumentException e) {
            return problem(page, response, e);
        }
    }

    /** The least set of changes that reaches a level of a model, as an ordered roadmap. */
    @PostMapping("/what-if/path")
    String path(@RequestParam MultiValueMap<String, String> form, @RequestParam String model,
                @RequestParam(required = false) Integer target, Model page, HttpServletResponse response) {
        Advisor advisor = ruleSet.get();
        try {
            page.addAttribute("path", new Simulator(advisor).path(profile(FormState.from(form, FormState.ANSWER),
                    advisor), model, target));
            page.addAttribute("names", Names.of(advisor));
            return "whatif :: path";
        } catch (InvalidInputException e) {
            return problem(page, response, e);
        }
    }

    /**
     * The roadmap toward the team's target (bundles of changes, each completing a level) and the best next steps
     * (bundles and single changes ranked by the levels they gain over all models, one practice's values merged).
     */
    @PostMapping("/what-if/impact")
    String nextSteps(@RequestParam MultiValueMap<String, String> form, Model page, HttpServletResponse response) {
        Advisor advisor = ruleSet.get();
        try {
            TeamProfile team = profile(FormState.from(form, FormState.ANSWER), advisor);
            Simulator simulator = new Simulator(advisor);
            page.addAttribute("roadmap", simulator.roadmap(team));
            page.addAttribute("next", simulator.nextSteps(team));
            page.addAttribute("names", Names.of(advisor));
            return "whatif :: nextSteps";
        } catch (InvalidInputException e) {
            return problem(page, response, e);
        }
    }

    private TeamProfile profile(FormState state, Advisor advisor) {
        return TeamInputReader.read(state.toInput(json), advisor.catalog());
    }

    private static String problem(Model page, HttpServletResponse response, RuntimeException e) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        page.addAttribute("errors", e instanceof InvalidInputException invalid ? invalid.errors()
                : List.of(new InputError("what-if", e.getMessage())));
        return "fragments :: errors";
    }
}
