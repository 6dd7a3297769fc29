package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TargetLevel;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.report.CatalogViews;
import org.springframework.ui.Model;

import tools.jackson.databind.json.JsonMapper;

/** What the result page (and the questionnaire) show, put into the page model in one place. */
final class ResultPage {

    static final String VIEW = "result";

    private ResultPage() {
    }

    /** The practices in questionnaire order, grouped by dimension. */
    static Map<String, List<Practice>> byDimension(PracticeCatalog catalog) {
        return catalog.practices().stream()
                .collect(Collectors.groupingBy(Practice::dimension, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * A stored result: its answers are read again under the active rules for the roadmap; when those rules no longer
     * read them, the page shows no gap and no next actions.
     */
    static String show(Model page, AssessmentResult result, FormState state, Advisor advisor, String stored) {
        TeamProfile team;
        try {
            team = TeamInputReader.read(state.toInput(JsonMapper.shared()), advisor.catalog());
        } catch (InvalidInputException e) {
            team = null;
        }
        return show(page, result, team, state, advisor, stored, ResultQuery.of(state, advisor.catalog()));
    }

    /**
     * @param team    the answers as the active rules read them (the roadmap starts there), or null
     * @param advisor the active rules: the what-if runs under them, and their crosswalk is shown
     * @param stored  a line saying where a stored result comes from, or null for a fresh one
     * @param query   the result's address: the answers and any what-if changes
     */
    static String show(Model page, AssessmentResult result, TeamProfile team, FormState state, Advisor advisor,
                       String stored, ResultQuery query) {
        Map<String, List<DimensionReading>> readings = new LinkedHashMap<>();
        for (ModelAssessment model : result.models()) {
            readings.put(model.model(), DimensionReading.of(model));
        }
        page.addAttribute("result", result);
        page.addAttribute("verdict", verdict(result, team, advisor));
        page.addAttribute("readings", readings);
        page.addAttribute("state", state);
        page.addAttribute("query", query.answers().encoded());
        page.addAttribute("whatIf", query.whatIf());
        page.addAttribute("practices", byDimension(advisor.catalog()));
        page.addAttribute("crosswalk", CatalogViews.models(advisor).crosswalk());
        page.addAttribute("models", advisor.models());
        page.addAttribute("stored", stored);
        page.addAttribute("whatIfVersion", advisor.version());
        return VIEW;
    }

    private static Verdict verdict(AssessmentResult result, TeamProfile team, Advisor advisor) {
        TargetLevel target = result.target();
        List<Verdict.Action> actions = new ArrayList<>();
        Map<String, Integer> byEffort = new LinkedHashMap<>();
        if (target != null) {
            for (BlockedLevel level : target.roadmap()) {
                for (Blocker b : level.blockers()) {
                    byEffort.merge(b.effort().label(), 1, Integer::sum);
                    if (actions.size() < 3) {
                        String question = advisor.catalog().find(b.practice()).map(Practice::question)
                                .orElse(b.practice());
                        actions.add(new Verdict.Action(question, b.practice(), b.observed(), b.required(),
                                b.remediation(), b.effort().label(), List.of(target.modelName() + " "
                                + level.level()), List.of(b.text())));
                    }
                }
            }
        }
        int changes = byEffort.values().stream().mapToInt(Integer::intValue).sum();
        String gap = changes == 0 ? "nothing to change" : Words.count(changes, "change", "changes") + ": "
                + byEffort.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return new Verdict(Verdict.cards(result, advisor.models()), target, null, gap, actions);
    }
}
