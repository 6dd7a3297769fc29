package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.teams.GroupOverview;
import org.maturityadvisor.teams.PortfolioView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * A group's page: where the group stands first (its teams per level per model, the gap to target, the teams that
 * need help most), then its teams, its sub-groups rolled up, and the trend; each team one click from its results.
 */
@Controller
class GroupPageController {

    private final GroupOverview overview;
    private final JsonMapper json;

    GroupPageController(GroupOverview overview, JsonMapper json) {
        this.overview = overview;
        this.json = json;
    }

    @GetMapping("/groups/{id}")
    String group(@PathVariable String id, @RequestParam(required = false) String model, Model page) {
        GroupOverview.View view = overview.of(id);
        PortfolioView levels = view.levels();
        List<MaturityModel> models = overview.models();
        MaturityModel shown = models.stream().filter(m -> m.id().equals(model)).findFirst().orElse(models.get(0));
        PortfolioView.ModelTrend trend = levels.trend().stream().filter(t -> t.model().equals(shown.id())).findFirst()
                .orElse(levels.trend().get(0));
        page.addAttribute("view", view);
        page.addAttribute("levels", levels);
        page.addAttribute("models", models);
        page.addAttribute("shown", shown);
        page.addAttribute("maxTop", models.stream().mapToInt(MaturityModel::topLevel).max().orElse(0));
        page.addAttribute("gap", levels.rollUp().gap());
        page.addAttribute("levelsChart", json.writeValueAsString(PortfolioChart.levels(levels)));
        page.addAttribute("rollupChart", json.writeValueAsString(PortfolioChart.rollUp(levels.rollUp(), shown.id())));
        page.addAttribute("trend", trend);
        page.addAttribute("trendChart", json.writeValueAsString(PortfolioChart.trend(trend)));
        return "group";
    }
}
