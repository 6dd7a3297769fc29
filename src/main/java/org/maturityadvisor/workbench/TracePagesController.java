package org.maturityadvisor.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.lifecycle.ScenarioTraces;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.VersionRef;
import org.maturityadvisor.trace.TableTrace;
import org.maturityadvisor.web.Traces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * Trace on the table, in the workbench: a result (its address's answers, or a stored assessment) or a draft's gate
 * scenario, traced on one model's table; one click from the result page and from the draft report.
 */
@Controller
class TracePagesController {

    static final String VIEW = "trace";

    private final ActiveRuleSet ruleSet;
    private final Traces traces;
    private final ScenarioTraces scenarios;
    private final JsonMapper json;

    TracePagesController(ActiveRuleSet ruleSet, Traces traces, ScenarioTraces scenarios, JsonMapper json) {
        this.ruleSet = ruleSet;
        this.traces = traces;
        this.scenarios = scenarios;
        this.json = json;
    }

    /** The result at {@code /result?...} (the same answers), traced on one model's table. */
    @GetMapping("/result/trace")
    String result(@RequestParam MultiValueMap<String, String> form, @RequestParam String model, Model page) {
        Advisor advisor = ruleSet.get();
        FormState state = FormState.from(form, FormState.ANSWER);
        TeamProfile team = TeamInputReader.read(state.toInput(json), advisor.catalog());
        ResultQuery query = ResultQuery.of(form, advisor.catalog());
        TableTrace trace = traces.ofTeam(team, model);
        String base = "/result/trace?" + (query.fields().isEmpty() ? "" : query.encoded() + "&") + "model=";
        return show(page, TracePage.of("The answers on the result page", trace, query.on("/result"),
                "Back to the result", ids(advisor), names(advisor), id -> base + encode(id)));
    }

    /** A stored assessment, explained again under its own rule-set version, on that version's tables. */
    @GetMapping("/teams/{id}/assessments/{seq}/trace")
    String stored(@PathVariable String id, @PathVariable int seq, @RequestParam String model, Model page) {
        TableTrace trace = traces.ofStored(id, seq, model);
        Advisor advisor = ruleSet.get();
        String back = "/teams/" + id + "/assessments/" + seq;
        return show(page, TracePage.of("Stored assessment #" + seq, trace, back, "Back to assessment #" + seq,
                ids(advisor), names(advisor), m -> back + "/trace?model=" + encode(m)));
    }

    /** A scenario of the gate, as the gate judges it, on a stored version's (a draft's) tables. */
    @GetMapping("/rulesets/{id}/trace")
    String scenario(@PathVariable VersionRef id, @RequestParam String scenario,
                    @RequestParam(required = false) String model, Model page) {
        ScenarioTraces.Traced traced = scenarios.of(id.text(), scenario, model);
        String back = "/rulesets/" + traced.seq();
        return show(page, TracePage.of("Scenario \u201c" + traced.name() + "\u201d (" + traced.file() + ")",
                traced.trace(), back + "#gate-title", "Back to rule set #" + traced.seq(), traced.models(),
                names(ruleSet.get()), m -> back + "/trace?scenario=" + encode(traced.file()) + "&model="
                        + encode(m)));
    }

    private static String show(Model page, TracePage view) {
        page.addAttribute("view", view);
        return VIEW;
    }

    private static List<String> ids(Advisor advisor) {
        return advisor.models().stream().map(m -> m.id()).toList();
    }

    private static Map<String, String> names(Advisor advisor) {
        Map<String, String> names = new LinkedHashMap<>();
        advisor.models().forEach(m -> names.put(m.id(), m.name()));
        return names;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
