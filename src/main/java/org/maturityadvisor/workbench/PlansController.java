package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Named what-if plans side by side: the team is the base form, each kept plan a {@code plan} field (see
 * {@link KeptPlan}), compared by {@link PlanComparison}.
 */
@Controller
class PlansController {

    private final ActiveRuleSet ruleSet;
    private final PlanComparison comparison;

    PlansController(ActiveRuleSet ruleSet, PlanComparison comparison) {
        this.ruleSet = ruleSet;
        this.comparison = comparison;
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
