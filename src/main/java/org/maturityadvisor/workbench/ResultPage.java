package org.maturityadvisor.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.report.CatalogViews;
import org.springframework.ui.Model;

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
     * @param advisor the active rules: the what-if runs under them, and their crosswalk is shown
     * @param stored  a line saying where a stored result comes from, or null for a fresh one
     */
    static String show(Model page, AssessmentResult result, FormState state, Advisor advisor, String stored) {
        Map<String, List<DimensionReading>> readings = new LinkedHashMap<>();
        for (ModelAssessment model : result.models()) {
            readings.put(model.model(), DimensionReading.of(model));
        }
        page.addAttribute("result", result);
        page.addAttribute("readings", readings);
        page.addAttribute("state", state);
        page.addAttribute("practices", byDimension(advisor.catalog()));
        page.addAttribute("crosswalk", CatalogViews.models(advisor).crosswalk());
        page.addAttribute("models", advisor.models());
        page.addAttribute("stored", stored);
        page.addAttribute("whatIfVersion", advisor.version());
        return VIEW;
    }
}
