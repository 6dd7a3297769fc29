package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.store.HistoryEntry;
import org.maturityadvisor.store.Slice;
import org.maturityadvisor.store.StoredTeam;
import org.maturityadvisor.store.TeamExistsException;
import org.maturityadvisor.teams.TeamService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Teams: the list with newest levels, registering one, a team's history, the diff of two assessments, re-explain. */
@Controller
class TeamsController {

    static final int PAGE = 50;
    static final int HISTORY = 200;

    private final TeamService teams;
    private final ActiveRuleSet ruleSet;
    private final JsonMapper json;

    TeamsController(TeamService teams, ActiveRuleSet ruleSet, JsonMapper json) {
        this.teams = teams;
        this.ruleSet = ruleSet;
        this.json = json;
    }

    @GetMapping("/teams")
    String list(@RequestParam(required = false) String after, Model page) {
        Slice<StoredTeam, String> slice = teams.teams(after, PAGE);
        page.addAttribute("teams", slice.items());
        page.addAttribute("next", slice.nextKey());
        page.addAttribute("models", ruleSet.get().models());
        return "teams";
    }

    @PostMapping("/teams")
    String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String id,
                    Model page, HttpServletRequest request, HttpServletResponse response) {
        try {
            StoredTeam team = teams.register(id.isBlank() ? null : id.strip(), name, Actor.of(request));
            return "redirect:/teams/" + team.id();
        } catch (InvalidInputException e) {
            page.addAttribute("errors", e.errors());
        } catch (TeamExistsException e) {
            page.addAttribute("errors", List.of(new org.maturityadvisor.catalog.InputError("id", e.getMessage())));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return list(null, page);
    }

    @GetMapping("/teams/{id}")
    String team(@PathVariable String id, Model page) {
        StoredTeam team = teams.team(id);
        List<HistoryEntry> history = teams.history(id, null, HISTORY).items();
        page.addAttribute("team", team);
        page.addAttribute("history", history);
        page.addAttribute("chart", json.writeValueAsString(HistoryChart.of(history)));
        return "team";
    }

    /** A stored assessment evaluated again under the rule-set version that produced it. */
    @GetMapping("/teams/{id}/assessments/{seq}")
    String assessment(@PathVariable String id, @PathVariable int seq, Model page) {
        TeamService.Reexplained again = teams.reexplain(id, seq);
        FormState state = FormState.of(json.readTree(teams.assessment(id, seq).input()));
        page.addAttribute("teamId", id);
        return ResultPage.show(page, again.result(), state, ruleSet.get(), "Assessment #" + seq + " of " + id
                + ", explained again under its own rule-set version " + again.rulesetVersion() + ": "
                + (again.identical() ? "identical to the stored result." : "differs from the stored result."));
    }

    @GetMapping("/teams/{id}/diff")
    String diff(@PathVariable String id, @RequestParam int from, @RequestParam int to, Model page) {
        page.addAttribute("team", teams.team(id));
        page.addAttribute("diff", teams.diff(id, from, to));
        return "diff";
    }
}
