package org.maturityadvisor.workbench;

import java.util.List;
import java.util.Map;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.store.PortfolioQuery;
import org.maturityadvisor.teams.PortfolioService;
import org.maturityadvisor.teams.PortfolioTeamsView;
import org.maturityadvisor.teams.PortfolioView;
import org.maturityadvisor.teams.TeamScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who needs help: teams per level per model, the team list (a heat map on one ordered scale per model) filtered and
 * sorted by the form's GET parameters, what holds teams back, and teams per level month by month. A parameter it
 * cannot take answers 400 with the form and the error named, the charts still drawn.
 */
@Controller
class PortfolioController {

    /** Per model; the blocker chart shows the {@link #BLOCKER_BARS} commonest of them over every model. */
    static final int TOP_BLOCKERS = 5;
    static final int BLOCKER_BARS = 10;

    private final PortfolioService portfolio;
    private final JsonMapper json;
    private final TeamScope scope;

    PortfolioController(PortfolioService portfolio, JsonMapper json, TeamScope scope) {
        this.portfolio = portfolio;
        this.json = json;
        this.scope = scope;
    }

    /** What the filter form shows: the query as read, or what was typed when it could not be read. */
    public record Form(String model, String level, String minGap, String since, String before, String blocker,
                       String sort, String dir, String group) {
    }

    @GetMapping("/portfolio")
    String portfolio(@RequestParam Map<String, String> parameters, Model page, HttpServletResponse response) {
        PortfolioView view;
        try {
            view = portfolio.overview(TOP_BLOCKERS, parameters.get("group"));
        } catch (InvalidInputException e) {
            view = portfolio.overview(TOP_BLOCKERS); // the group is named in the list's errors; the charts still drawn
        }
        List<MaturityModel> models = portfolio.models();
        PortfolioTeamsView teams = null;
        List<InputError> errors = List.of();
        try {
            teams = portfolio.teams(parameters);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors = e.errors();
        }
        PortfolioLinks links = new PortfolioLinks(parameters, teams == null ? null : teams.query());
        String trendModel = teams != null ? teams.query().model() : models.get(0).id();
        PortfolioView.ModelTrend trend = view.trend().stream().filter(t -> t.model().equals(trendModel)).findFirst()
                .orElse(view.trend().get(0));
        List<PortfolioView.BlockerView> blockers = PortfolioService.topBlockers(view, BLOCKER_BARS);
        page.addAttribute("portfolio", view);
        page.addAttribute("models", models);
        page.addAttribute("teams", teams);
        page.addAttribute("errors", errors);
        page.addAttribute("form", form(parameters, teams));
        page.addAttribute("sorts", PortfolioQuery.Sort.values());
        page.addAttribute("links", links);
        page.addAttribute("trend", trend);
        page.addAttribute("blockers", blockers);
        page.addAttribute("maxTop", models.stream().mapToInt(MaturityModel::topLevel).max().orElse(0));
        page.addAttribute("levelsChart", json.writeValueAsString(PortfolioChart.levels(view)));
        page.addAttribute("trendChart", json.writeValueAsString(PortfolioChart.trend(trend)));
        page.addAttribute("blockersChart", json.writeValueAsString(PortfolioChart.blockers(blockers, links)));
        MaturityModel shown = models.stream().filter(m -> m.id().equals(trendModel)).findFirst().orElse(models.get(0));
        page.addAttribute("rollupModel", shown);
        page.addAttribute("rollupChart", json.writeValueAsString(PortfolioChart.rollUp(view.rollUp(), shown.id())));
        page.addAttribute("groups", TeamGroups.of(scope.tree(), scope.readable()));
        page.addAttribute("groupWords", view.group() == null ? null
                : TeamGroups.of(scope.tree(), scope.readable()).of(view.group()));
        return "portfolio";
    }

    private static Form form(Map<String, String> p, PortfolioTeamsView teams) {
        if (teams == null) {
            return new Form(p.get("model"), p.get("level"), p.get("minGap"), p.get("since"), p.get("before"),
                    p.get("blocker"), p.get("sort"), p.get("dir"), p.get("group"));
        }
        var q = teams.query();
        return new Form(q.model(), text(q.level()), text(q.minGap()), text(q.since()), text(q.before()), q.blocker(),
                q.sort().id(), q.descending() ? "desc" : "asc", text(q.group()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
