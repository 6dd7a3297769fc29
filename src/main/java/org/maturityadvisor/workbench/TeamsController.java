package org.maturityadvisor.workbench;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.config.EvidenceSettings;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.store.HistoryEntry;
import org.maturityadvisor.store.Slice;
import org.maturityadvisor.store.StoredAssessment;
import org.maturityadvisor.store.StoredTeam;
import org.maturityadvisor.store.TeamExistsException;
import org.maturityadvisor.teams.AssessmentDiff;
import org.maturityadvisor.teams.GroupService;
import org.maturityadvisor.teams.StaleFilter;
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
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final TeamService teams;
    private final ActiveRuleSet ruleSet;
    private final JsonMapper json;
    private final TeamEvidencePage evidence;
    private final int soonDays;
    private final GroupService groups;

    TeamsController(TeamService teams, ActiveRuleSet ruleSet, JsonMapper json, TeamEvidencePage evidence,
                    EvidenceSettings settings, GroupService groups) {
        this.teams = teams;
        this.groups = groups;
        this.ruleSet = ruleSet;
        this.json = json;
        this.evidence = evidence;
        this.soonDays = settings.soonDays();
    }

    @GetMapping("/teams")
    String list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "false") String stale,
                Model page, HttpServletResponse response) {
        StaleFilter filter = StaleFilter.of(stale).orElse(null);
        if (filter == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page.addAttribute("errors", List.of(new org.maturityadvisor.catalog.InputError("stale", "expected true "
                    + "(a stale answer today), soon (one turning stale soon) or false, got " + Echo.quoted(stale))));
            filter = StaleFilter.ANY;
        }
        Slice<StoredTeam, String> slice = teams.teams(after, PAGE, filter);
        page.addAttribute("teams", slice.items());
        page.addAttribute("next", slice.nextKey());
        page.addAttribute("stale", filter.id());
        page.addAttribute("soonDays", soonDays);
        page.addAttribute("models", ruleSet.get().models());
        page.addAttribute("placeIn", placeIn());
        return "teams";
    }

    /** A group a new team may be placed in: its id ("" for directly in the organisation) and its path in words. */
    public record Placement(String id, String words) {
    }

    /** The groups the caller may place a new team in, the organisation itself first when they may. */
    private List<Placement> placeIn() {
        GroupTree tree = groups.tree();
        List<Placement> options = new java.util.ArrayList<>();
        if (groups.refusePlacement(null).isEmpty()) {
            options.add(new Placement("", "no group (directly in the organisation)"));
        }
        tree.all().stream().filter(group -> groups.refusePlacement(group.id()).isEmpty())
                .forEach(group -> options.add(new Placement(group.id(), tree.pathWords(group.id()))));
        return options;
    }

    @PostMapping("/teams")
    String register(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String id,
                    @RequestParam(defaultValue = "") String group, Model page, HttpServletRequest request,
                    HttpServletResponse response) {
        try {
            StoredTeam team = teams.register(id.isBlank() ? null : id.strip(), name,
                    group.isBlank() ? null : group.strip(), Actor.of(request));
            return "redirect:/teams/" + team.id();
        } catch (InvalidInputException e) {
            page.addAttribute("errors", e.errors());
        } catch (TeamExistsException e) {
            page.addAttribute("errors", List.of(new org.maturityadvisor.catalog.InputError("id", e.getMessage())));
        }
        page.addAttribute("typedGroup", group);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return list(null, "false", page, response);
    }

    /** One model's chart of a team's history, with its data as the page's {@code data-chart} JSON. */
    public record Shown(HistoryChart.Panel panel, String json) {
    }

    @GetMapping("/teams/{id}")
    String team(@PathVariable String id, Model page, HttpServletRequest request) {
        StoredTeam team = teams.team(id);
        List<HistoryEntry> history = teams.history(id, null, HISTORY).items();
        Map<String, String> names = new LinkedHashMap<>();
        ruleSet.get().models().forEach(model -> names.put(model.id(), model.name()));
        page.addAttribute("team", team);
        GroupTree tree = groups.tree();
        page.addAttribute("groupPath", team.groupId() == null ? null : tree.path(team.groupId()));
        page.addAttribute("history", history);
        page.addAttribute("modelNames", names);
        page.addAttribute("charts", HistoryChart.of(history, ruleSet.get().models()).stream()
                .map(panel -> new Shown(panel, json.writeValueAsString(panel.data()))).toList());
        page.addAttribute("evidence", history.isEmpty() ? null : evidence.of(id, SignedIn.of(request).name()));
        page.addAttribute("observed", history.isEmpty() ? null : evidence.observed(id));
        return "team";
    }

    /** A stored assessment: which one it is (number, day, who), what it rests on, explained under its own rules. */
    @GetMapping("/teams/{id}/assessments/{seq}")
    String assessment(@PathVariable String id, @PathVariable int seq, Model page) {
        TeamService.Reexplained again = teams.reexplain(id, seq);
        StoredAssessment stored = teams.assessment(id, seq);
        FormState state = FormState.of(json.readTree(stored.input()));
        page.addAttribute("teamId", id);
        page.addAttribute("traceBase", "/teams/" + id + "/assessments/" + seq + "/trace");
        return ResultPage.show(page, again.result(), state, ruleSet.get(), ruleSet.current().detectors(), storedLine(teams.team(id), stored,
                again.identical()));
    }

    static String storedLine(StoredTeam team, StoredAssessment stored, boolean identical) {
        return "Stored as assessment #" + stored.seq() + " of " + team.name() + " on "
                + stored.assessedAt().atZoneSameInstant(ZoneOffset.UTC).format(WHEN) + " UTC by " + stored.author()
                + "; rests on: the answers as given then."
                + (identical ? "" : " Explained again under its own rule-set version, it differs from the stored "
                + "result.");
    }

    @GetMapping("/teams/{id}/diff")
    String diff(@PathVariable String id, @RequestParam int from, @RequestParam int to, Model page) {
        AssessmentDiff diff = teams.diff(id, from, to);
        page.addAttribute("team", teams.team(id));
        page.addAttribute("diff", diff);
        page.addAttribute("view", DiffView.of(diff, ruleSet.get()));
        return "diff";
    }
}
