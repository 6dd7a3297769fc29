package org.maturityadvisor.workbench;

import java.util.stream.Collectors;

import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.store.StoredTeam;
import org.maturityadvisor.store.TeamLifecycleStore;
import org.maturityadvisor.teams.TeamChange;
import org.maturityadvisor.teams.TeamLifecycle;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The team page's "Manage team" forms, as {@code PATCH} and {@code DELETE /api/teams/{id}}: each posts, changes the
 * team (or is refused, naming the field) and goes back to the team's page, which says what happened.
 */
@Controller
class TeamManageController {

    private final TeamLifecycle lifecycle;

    TeamManageController(TeamLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @PostMapping("/teams/{id}/rename")
    String rename(@PathVariable String id, @RequestParam(defaultValue = "") String name, HttpServletRequest request,
                  RedirectAttributes flash) {
        return change(id, TeamChange.rename(name), "name", request, flash,
                team -> "Renamed to \u201c" + team.name() + "\u201d; its id stays " + team.id() + ".");
    }

    /** {@code group} empty: directly in the organisation. */
    @PostMapping("/teams/{id}/move")
    String move(@PathVariable String id, @RequestParam(defaultValue = "") String group, HttpServletRequest request,
                RedirectAttributes flash) {
        return change(id, TeamChange.move(group.isBlank() ? null : group.strip()), "group", request, flash,
                team -> "Moved.");
    }

    @PostMapping("/teams/{id}/archive")
    String archive(@PathVariable String id, HttpServletRequest request, RedirectAttributes flash) {
        return change(id, TeamChange.archive(true), "archived", request, flash, team -> "Archived: the team is out of"
                + " the portfolio and read only; its history stays.");
    }

    @PostMapping("/teams/{id}/restore")
    String restore(@PathVariable String id, HttpServletRequest request, RedirectAttributes flash) {
        return change(id, TeamChange.archive(false), "archived", request, flash,
                team -> "Restored: the team is back in the portfolio and can be assessed again.");
    }

    @PostMapping("/teams/{id}/delete")
    String delete(@PathVariable String id, @RequestParam(defaultValue = "") String confirm,
                  HttpServletRequest request, RedirectAttributes flash) {
        try {
            TeamLifecycleStore.Deleted deleted = lifecycle.delete(id, confirm, Actor.of(request));
            flash.addFlashAttribute("message", "Deleted team " + deleted.teamId() + " (\u201c" + deleted.name()
                    + "\u201d) with " + deleted.words() + ".");
            return "redirect:/teams";
        } catch (InvalidInputException e) {
            return refused(id, "confirm", e, flash);
        }
    }

    private String change(String id, TeamChange change, String form, HttpServletRequest request,
                          RedirectAttributes flash, java.util.function.Function<StoredTeam, String> done) {
        try {
            StoredTeam team = lifecycle.change(id, change, Actor.of(request));
            flash.addFlashAttribute("managed", done.apply(team));
        } catch (InvalidInputException e) {
            return refused(id, form, e, flash);
        }
        return "redirect:/teams/" + id;
    }

    /** Back to the page, the refusal beside the form that was sent (flash attributes: plain strings). */
    private static String refused(String id, String form, InvalidInputException e, RedirectAttributes flash) {
        flash.addFlashAttribute("manageForm", form);
        flash.addFlashAttribute("manageRefusal", e.errors().stream().map(error -> error.field() + ": "
                + error.reason()).collect(Collectors.joining("; ")));
        return "redirect:/teams/" + id + "#manage";
    }
}
