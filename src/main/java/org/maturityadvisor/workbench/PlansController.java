package org.maturityadvisor.workbench;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.simulation.PracticeChange;
import org.maturityadvisor.store.PlanExistsException;
import org.maturityadvisor.teams.TeamService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kept what-if plans: a stored team's are kept, renamed and removed here (each a form POST answered 303 to the
 * assessment's page); any result's plans are compared side by side ({@code plan} fields, see {@link KeptPlan}).
 */
@Controller
class PlansController {

    private final ActiveRuleSet ruleSet;
    private final PlanComparison comparison;
    private final StoredPlans plans;
    private final TeamService teams;
    private final JsonMapper json;

    PlansController(ActiveRuleSet ruleSet, PlanComparison comparison, StoredPlans plans, TeamService teams,
                    JsonMapper json) {
        this.ruleSet = ruleSet;
        this.comparison = comparison;
        this.plans = plans;
        this.teams = teams;
        this.json = json;
    }

    /** Keeps the what-if of assessment #seq (its {@code w.*} fields) as a plan of the stored team. */
    @PostMapping("/teams/{id}/plans")
    String keep(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                @RequestParam(defaultValue = "") String name, @RequestParam int seq, HttpServletRequest request) {
        Advisor advisor = ruleSet.get();
        FormState assessed = FormState.of(json.readTree(teams.assessment(id, seq).input()));
        List<PracticeChange> changes = WhatIfChanges.read(form, assessed, advisor);
        if (changes.isEmpty()) {
            throw new InvalidInputException("plan", List.of(new InputError("changes",
                    "change at least one answer in the what-if before keeping it as a plan")));
        }
        plans.keep(id, name, changes, Actor.of(request));
        return back(request, id, seq);
    }

    @PostMapping("/teams/{id}/plans/{plan}/rename")
    String rename(@PathVariable String id, @PathVariable long plan, @RequestParam(defaultValue = "") String name,
                  @RequestParam int seq, HttpServletRequest request) {
        plans.rename(id, plan, name, Actor.of(request));
        return back(request, id, seq);
    }

    @PostMapping("/teams/{id}/plans/{plan}/delete")
    String remove(@PathVariable String id, @PathVariable long plan, @RequestParam int seq,
                  HttpServletRequest request) {
        plans.remove(id, plan);
        return back(request, id, seq);
    }

    /** A name the team already gave another plan: said on a page, 409, nothing written. */
    @ExceptionHandler(PlanExistsException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String taken(PlanExistsException e, Model page) {
        page.addAttribute("status", 409);
        page.addAttribute("message", e.getMessage() + ": choose another name");
        return "error-page";
    }

    /** Back to the assessment's page with a GET, so Back and Forward never send the form again. */
    private static String back(HttpServletRequest request, String team, int seq) {
        return QuestionnaireController.seeOther(request, "/teams/" + UriUtils.encodePathSegment(team,
                StandardCharsets.UTF_8) + "/assessments/" + seq + "#plans");
    }

    @PostMapping("/what-if/plans")
    String compare(@RequestParam MultiValueMap<String, String> form, Model page, HttpServletResponse response) {
        Advisor advisor = ruleSet.get();
        List<KeptPlan> plans = form.getOrDefault(KeptPlan.FIELD, List.of()).stream().map(KeptPlan::parse).toList();
        try {
            page.addAttribute("comparison", comparison.compare(advisor, FormState.from(form, FormState.ANSWER), plans));
            page.addAttribute("names", Names.of(advisor));
            return "whatif :: plans";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page.addAttribute("errors", e.errors());
            return "fragments :: errors";
        }
    }
}
