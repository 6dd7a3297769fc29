package org.maturityadvisor.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.report.CatalogViews;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.simulation.Roadmap;
import org.maturityadvisor.simulation.Simulator;
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
    static String show(Model page, AssessmentResult result, FormState state, Advisor advisor, Detectors detectors,
                       String stored) {
        TeamProfile team;
        try {
            team = TeamInputReader.read(state.toInput(JsonMapper.shared()), advisor.catalog());
        } catch (InvalidInputException e) {
            team = null;
        }
        return show(page, result, team, state, advisor, detectors, stored, ResultQuery.of(state, advisor.catalog()));
    }

    /**
     * @param team    the answers as the active rules read them (the roadmap starts there), or null
     * @param advisor the active rules: the what-if runs under them, and their crosswalk is shown
     * @param detectors the active rules' detectors: what each sighting shows, in words
     * @param stored  a line saying where a stored result comes from, or null for a fresh one
     * @param query   the result's address: the answers and any what-if changes
     */
    static String show(Model page, AssessmentResult result, TeamProfile team, FormState state, Advisor advisor,
                       Detectors detectors, String stored, ResultQuery query) {
        Map<String, List<DimensionReading>> readings = new LinkedHashMap<>();
        Map<String, ChecklistCard> checklists = new LinkedHashMap<>();
        for (ModelAssessment model : result.models()) {
            readings.put(model.model(), DimensionReading.of(model));
            if (model.checklist()) {
                checklists.put(model.model(), ChecklistCard.of(model));
            }
        }
        page.addAttribute("result", result);
        page.addAttribute("verdict", verdict(result, team, advisor));
        page.addAttribute("readings", readings);
        page.addAttribute("checklists", checklists);
        page.addAttribute("state", state);
        page.addAttribute("query", query.answers().encoded());
        page.addAttribute("whatIf", query.whatIf());
        page.addAttribute("practices", byDimension(advisor.catalog()));
        page.addAttribute("crosswalk", CatalogViews.models(advisor).crosswalk());
        page.addAttribute("models", advisor.models());
        page.addAttribute("stored", stored);
        page.addAttribute("whatIfVersion", advisor.version());
        page.addAttribute("names", Names.of(advisor));
        page.addAttribute("links", new EvidenceLinks());
        page.addAttribute("observed", ObservedView.of(result.observed(), advisor.catalog(), detectors));
        return VIEW;
    }

    /** One assessment and one roadmap: the roadmap starts from the answers as the active rules read them. */
    private static Verdict verdict(AssessmentResult result, TeamProfile team, Advisor advisor) {
        List<Verdict.ModelCard> cards = Verdict.cards(result, advisor.models());
        if (team == null) {
            return new Verdict(cards, result.target(), null, null, List.of(), Verdict.restsOn(result));
        }
        Roadmap roadmap = new Simulator(advisor).roadmap(team);
        Roadmap.Goal goal = roadmap.goal();
        String words = goal.nextLevels() || !goal.reachable() ? goal.reason() : null;
        List<Verdict.Action> actions = new java.util.ArrayList<>();
        for (Roadmap.Bundle bundle : roadmap.bundles()) {
            for (Roadmap.Step step : bundle.steps()) {
                if (actions.size() < 3) {
                    actions.add(action(step, bundle));
                }
            }
        }
        return new Verdict(cards, result.target(), words, roadmap.gap().words(), actions, Verdict.restsOn(result));
    }

    /** One of Roadmap.nextActions(3), with the level its bundle completes. */
    private static Verdict.Action action(Roadmap.Step step, Roadmap.Bundle bundle) {
        String toward = Words.count(bundle.steps().size(), "change", "changes") + " toward " + bundle.modelName()
                + " level " + bundle.level();
        return new Verdict.Action(step.question(), step.practice(), step.from(), step.to(), step.remediation(),
                step.effort().words(), step.unlocks().stream().filter(gain -> gain.gained() > 0)
                        .map(gain -> gain.modelName() + " level " + gain.to()).toList(),
                toward,
                step.clears().stream().map(Roadmap.Cleared::text).distinct().toList());
    }
}
