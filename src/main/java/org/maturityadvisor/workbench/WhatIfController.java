package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.simulation.Plan;
import org.maturityadvisor.simulation.PracticeChange;
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

    static final String CHANGE = "w.";

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
            page.addAttribute("outcome", new Simulator(advisor).simulate(team, List.of(new Plan("what-if",
                    changes(form, base, advisor)))).plans().get(0));
            return "whatif :: whatIf";
        } catch (InvalidInputException | IllegalArgumentException e) {
            return problem(page, response, e);
        }
    }

    /** The what-if fields that differ from the team's answers, each checked against its practice's choices. */
    private static List<PracticeChange> changes(MultiValueMap<String, String> form, FormState base, Advisor advisor) {
        FormState changed = FormState.from(form, CHANGE);
        List<PracticeChange> changes = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Practice practice : advisor.catalog().practices()) {
            String was = base.answer(practice.id());
            String now = form.containsKey(CHANGE + practice.id()) ? changed.answer(practice.id()) : was;
            if (Objects.equals(was, now)) {
                continue;
            }
            try {
                changes.add(new PracticeChange(practice.id(), now.isEmpty() ? null : practice.answer(now)));
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(CHANGE + practice.id(), e.getMessage()));
            }
        }
        InvalidInputException.throwIfAny("what-if", errors);
        return changes;
    }

    /** The least set of changes that reaches a level of a model, as an ordered roadmap. */
    @PostMapping("/what-if/path")
    String path(@RequestParam MultiValueMap<String, String> form, @RequestParam String model,
                @RequestParam(required = false) Integer target, Model page, HttpServletResponse response) {
        Advisor advisor = ruleSet.get();
        try {
            page.addAttribute("path", new Simulator(advisor).path(profile(FormState.from(form, FormState.ANSWER),
                    advisor), model, target));
            return "whatif :: path";
        } catch (InvalidInputException e) {
            return problem(page, response, e);
        }
    }

    /** Every single change that meets a criterion, ranked by the levels it adds: the best next steps. */
    @PostMapping("/what-if/impact")
    String impact(@RequestParam MultiValueMap<String, String> form, Model page, HttpServletResponse response) {
        Advisor advisor = ruleSet.get();
        try {
            page.addAttribute("impact", new Simulator(advisor).impact(profile(FormState.from(form,
                    FormState.ANSWER), advisor), Set.of()));
            return "whatif :: impact";
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
