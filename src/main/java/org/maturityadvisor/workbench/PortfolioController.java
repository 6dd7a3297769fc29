package org.maturityadvisor.workbench;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.Slice;
import org.maturityadvisor.store.StoredTeam;
import org.maturityadvisor.teams.TeamService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every team at a glance: teams per level per model (chart and table), the blockers holding most teams back, and a
 * team-by-model heat map, a page of teams at a time.
 */
@Controller
class PortfolioController {

    static final int TOP_BLOCKERS = 5;

    private final TeamService teams;
    private final ActiveRuleSet ruleSet;
    private final JsonMapper json;

    PortfolioController(TeamService teams, ActiveRuleSet ruleSet, JsonMapper json) {
        this.teams = teams;
        this.ruleSet = ruleSet;
        this.json = json;
    }

    @GetMapping("/portfolio")
    String portfolio(@RequestParam(required = false) String after, Model page) {
        TeamService.PortfolioView portfolio = teams.portfolio(TOP_BLOCKERS);
        Slice<StoredTeam, String> heat = teams.teams(after, TeamsController.PAGE);
        page.addAttribute("portfolio", portfolio);
        page.addAttribute("chart", json.writeValueAsString(PortfolioChart.of(portfolio)));
        page.addAttribute("heat", heat.items());
        page.addAttribute("next", heat.nextKey());
        page.addAttribute("models", ruleSet.get().models());
        return "portfolio";
    }
}
