package org.maturityadvisor.workbench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.simulation.Plan;
import org.maturityadvisor.simulation.PlanOutcome;
import org.maturityadvisor.simulation.PracticeChange;
import org.maturityadvisor.simulation.SimulationResult;
import org.maturityadvisor.simulation.Simulator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whichever controller shows a result page (a fresh result at {@code GET /result}, a stored assessment at
 * {@code /teams/{id}/assessments/{seq}}), its what-if panel opens as the page URL says: the {@code w.*} fields
 * applied and their outcome shown, the kept plans ({@code plan} fields, or the stored team's) compared. A what-if
 * field at fault makes the page a 400 naming it, the result itself still shown.
 */
@Component
class WhatIfOnResultPages implements HandlerInterceptor {

    private final ActiveRuleSet ruleSet;
    private final PlanComparison comparison;
    private final StoredPlans storedPlans;
    private final JsonMapper json;

    WhatIfOnResultPages(ActiveRuleSet ruleSet, PlanComparison comparison, StoredPlans storedPlans, JsonMapper json) {
        this.json = json;
        this.ruleSet = ruleSet;
        this.comparison = comparison;
        this.storedPlans = storedPlans;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || !ResultPage.VIEW.equals(view.getViewName())
                || !(view.getModel().get("state") instanceof FormState state)
                || !(view.getModel().get("result") instanceof AssessmentResult result)) {
            return;
        }
        Advisor advisor = ruleSet.get();
        MultiValueMap<String, String> query = query(request);
        Stored stored = stored(request);
        PlanOutcome outcome = null;
        WhatIfEvidence evidence = null;
        boolean withEvidence = ResultQuery.withEvidence(query);
        List<InputError> errors = List.of();
        Map<String, String> selected = new LinkedHashMap<>();
        advisor.catalog().practices().forEach(practice -> selected.put(practice.id(), state.answer(practice.id())));
        try {
            List<PracticeChange> changes = WhatIfChanges.read(query, state, advisor);
            changes.forEach(change -> selected.put(change.practice(), change.value() == null ? "" : change.value()));
            SimulationResult simulated = changes.isEmpty() && !withEvidence ? null : new Simulator(advisor)
                    .simulate(profile(state, advisor), List.of(new Plan("what-if", changes)), withEvidence);
            outcome = simulated == null ? null : simulated.plans().get(0);
            evidence = simulated == null || !withEvidence ? null : WhatIfEvidence.of(simulated.base(), outcome);
        } catch (InvalidInputException e) {
            errors = e.errors();
        }
        List<KeptPlan> plans = stored == null
                ? query.getOrDefault(KeptPlan.FIELD, List.of()).stream().map(KeptPlan::parse).toList()
                : storedPlans.of(stored.team());
        SimulationResult compared = null;
        List<InputError> planErrors = List.of();
        try {
            compared = plans.isEmpty() ? null : comparison.compare(advisor, state, plans);
        } catch (InvalidInputException e) {
            planErrors = e.errors();
        }
        if (!errors.isEmpty() || !planErrors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        view.addObject(WhatIfPanel.ATTRIBUTE, new WhatIfPanel(Names.of(advisor), selected, outcome, errors, plans,
                compared, planErrors, WhatIfPanel.pathModel(result), WhatIfPanel.pathTarget(result),
                resetUrl(request), stored == null ? null : stored.team(), stored == null ? null : stored.seq(),
                stored != null && SignedIn.of(request).assessor(), withEvidence, evidence));
    }

    private TeamProfile profile(FormState state, Advisor advisor) {
        return TeamInputReader.read(state.toInput(json), advisor.catalog());
    }

    /** The page's fields: the URL's query (a result page is a GET), or the form of a POST that shows one. */
    private static MultiValueMap<String, String> query(HttpServletRequest request) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** This page's URL without its what-if fields. */
    private static String resetUrl(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString()
                .split("&")).filter(field -> !decode(field).startsWith(WhatIfChanges.PREFIX)
                        && !decode(field).startsWith(ResultQuery.WITH_EVIDENCE + "="))
                .collect(Collectors.joining("&"));
        return request.getRequestURI() + (query.isEmpty() ? "" : "?" + query);
    }

    /** The stored team and assessment this page shows, or null for an unstored result. */
    private static Stored stored(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !(variables.get("id") instanceof String team) || !(variables.get("seq") instanceof String seq)) {
            return null;
        }
        return new Stored(team, Integer.valueOf(seq));
    }

    private record Stored(String team, int seq) {
    }
}
