package org.maturityadvisor.workbench;

import java.util.List;
import java.util.Optional;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.teams.GroupRefusedException;
import org.maturityadvisor.teams.GroupService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The organisation's groups as a tree (units, their sub-units, the teams within each), and for an admin the forms that
 * create, rename, move and delete a group: each through {@link GroupService}, as the API; a change redirects to the
 * tree saying what was done, a refusal shows the tree again with its status and the field at fault.
 */
@Controller
class GroupsController {

    private final GroupService groups;

    GroupsController(GroupService groups) {
        this.groups = groups;
    }

    @GetMapping("/groups")
    String tree(Model page) {
        page.addAttribute("tree", GroupRows.of(groups.list(), groups.tree()));
        return "groups";
    }

    @PostMapping("/groups")
    String create(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String parent, HttpServletRequest request, Model page,
                  HttpServletResponse response, RedirectAttributes flash) {
        try {
            Group group = groups.create(id.strip(), name, blankAsNull(parent), Actor.of(request));
            flash.addFlashAttribute("done", "Group " + groups.tree().pathWords(group.id()) + " was created.");
            return "redirect:/groups";
        } catch (GroupRefusedException | InvalidInputException e) {
            page.addAttribute("typed", new Typed(id, name, parent));
            return refused(e, null, page, response);
        }
    }

    /** What the create form held, shown again with its refusal. */
    record Typed(String id, String name, String parent) {
    }

    @PostMapping("/groups/{id}/rename")
    String rename(@PathVariable String id, @RequestParam(defaultValue = "") String name, HttpServletRequest request,
                  Model page, HttpServletResponse response, RedirectAttributes flash) {
        return change(id, () -> groups.change(id, Optional.of(name), Optional.empty(), Actor.of(request)),
                group -> "Group " + id + " is now named " + group.name() + ".", page, response, flash);
    }

    @PostMapping("/groups/{id}/move")
    String move(@PathVariable String id, @RequestParam(defaultValue = "") String parent, HttpServletRequest request,
                Model page, HttpServletResponse response, RedirectAttributes flash) {
        return change(id, () -> groups.change(id, Optional.empty(),
                Optional.of(new GroupService.Parent(blankAsNull(parent))), Actor.of(request)),
                group -> group.name() + " now sits " + (group.parentId() == null ? "directly under the organisation"
                        : "under " + groups.tree().pathWords(group.parentId())) + ".", page, response, flash);
    }

    @PostMapping("/groups/{id}/delete")
    String delete(@PathVariable String id, HttpServletRequest request, Model page, HttpServletResponse response,
                  RedirectAttributes flash) {
        String words = groups.tree().group(id).map(group -> groups.tree().pathWords(id)).orElse(id);
        return change(id, () -> {
            groups.delete(id, Actor.of(request));
            return null;
        }, gone -> "Group " + words + " was deleted.", page, response, flash);
    }

    private String change(String id, java.util.function.Supplier<Group> action,
                          java.util.function.Function<Group, String> done, Model page, HttpServletResponse response,
                          RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("done", done.apply(action.get()));
            return "redirect:/groups";
        } catch (GroupRefusedException | InvalidInputException e) {
            return refused(e, id, page, response);
        }
    }

    /** The tree again, with the refusal's status and each field at fault; the group's own forms left open. */
    private String refused(RuntimeException e, String groupId, Model page, HttpServletResponse response) {
        List<InputError> errors;
        HttpStatus status;
        if (e instanceof GroupRefusedException refused) {
            errors = refused.refusal().problems().stream().map(p -> new InputError(p.field(), p.reason())).toList();
            status = switch (refused.refusal().kind()) {
                case INVALID -> HttpStatus.BAD_REQUEST;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case CONFLICT -> HttpStatus.CONFLICT;
            };
        } else {
            errors = ((InvalidInputException) e).errors();
            status = HttpStatus.BAD_REQUEST;
        }
        response.setStatus(status.value());
        page.addAttribute("errors", errors);
        page.addAttribute("atFault", groupId);
        return tree(page);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
