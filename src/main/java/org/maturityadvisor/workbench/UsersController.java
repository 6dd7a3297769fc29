package org.maturityadvisor.workbench;

import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.security.Accounts;
import org.maturityadvisor.security.Role;
import org.maturityadvisor.store.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Administration (admins only): the users with their role and state, creating one, and on each user's page changing
 * the role, disabling or enabling, resetting the password, deleting; every API token, each revocable. All through
 * {@link Accounts}, so the API's refusals ("at least one enabled admin must remain") are shown here as they are.
 * Each change redirects to a page saying what was done; a refusal shows the page again with its reasons and status.
 */
@Controller
class UsersController {

    private final Accounts accounts;

    UsersController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/users")
    String users(Model page, Authentication caller) {
        var users = accounts.users();
        page.addAttribute("users", users);
        page.addAttribute("summary", UserSummary.of(users));
        page.addAttribute("roles", Role.values());
        page.addAttribute("tokens", accounts.tokens(caller, true));
        return "users";
    }

    @PostMapping("/users")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
                  @RequestParam(defaultValue = "") String password, Authentication caller, Model page,
                  HttpServletResponse response, RedirectAttributes flash) {
        try {
            accounts.create(caller.getName(), name.strip(), password, role);
            flash.addFlashAttribute("done", "User " + name.strip() + " was created as " + words(role) + ".");
            return "redirect:/users";
        } catch (InvalidInputException | ResponseStatusException | NotFoundException e) {
            AccountRefusal.show(e, page, response);
            page.addAttribute("typedName", name);
            return users(page, caller);
        }
    }

    @GetMapping("/users/{name}")
    String user(@PathVariable String name, Model page, Authentication caller) {
        page.addAttribute("user", accounts.user(name).orElseThrow(() -> new NotFoundException("no user " + name)));
        page.addAttribute("roles", Role.values());
        page.addAttribute("tokens", accounts.tokens(caller, true).stream()
                .filter(token -> token.owner().equals(name)).toList());
        page.addAttribute("self", name.equals(caller.getName()));
        page.addAttribute("grants", accounts.grants(name));
        page.addAttribute("groups", accounts.groups());
        return "user";
    }

    /** Issue 27: a role on a group (or, with no group, on the organisation). */
    @PostMapping("/users/{name}/grants")
    String grant(@PathVariable String name, @RequestParam(defaultValue = "") String role,
                 @RequestParam(defaultValue = "") String group, Authentication caller, Model page,
                 HttpServletResponse response, RedirectAttributes flash) {
        try {
            Accounts.GrantLine granted = accounts.grant(caller.getName(), name, role, group);
            flash.addFlashAttribute("done", name + " is now " + granted.words() + ".");
            return "redirect:/users/" + name;
        } catch (InvalidInputException | ResponseStatusException | NotFoundException e) {
            return refusedOn(name, e, caller, page, response);
        }
    }

    @PostMapping("/users/{name}/grants/remove")
    String removeGrant(@PathVariable String name, @RequestParam(defaultValue = "") String group,
                       Authentication caller, Model page, HttpServletResponse response, RedirectAttributes flash) {
        return change(name, () -> accounts.removeGrant(caller.getName(), name, group), name + " no longer holds a "
                + "role on " + (group.isBlank() ? "the organisation" : "group " + group) + ".", caller, page,
                response, flash);
    }

    @PostMapping("/users/{name}/role")
    String role(@PathVariable String name, @RequestParam(defaultValue = "") String role, Authentication caller,
                Model page, HttpServletResponse response, RedirectAttributes flash) {
        return change(name, () -> accounts.changeRole(caller.getName(), name, role), name + " is now " + words(role) + ".",
                caller, page, response, flash);
    }

    @PostMapping("/users/{name}/disabled")
    String disabled(@PathVariable String name, @RequestParam boolean disabled, Authentication caller, Model page,
                    HttpServletResponse response, RedirectAttributes flash) {
        return change(name, () -> accounts.setDisabled(caller.getName(), name, disabled), name + " is now "
                + (disabled ? "disabled: they cannot sign in, and their sessions and API tokens stop working."
                : "enabled: they can sign in again."), caller, page, response, flash);
    }

    @PostMapping("/users/{name}/password")
    String password(@PathVariable String name, @RequestParam(defaultValue = "") String password,
                    Authentication caller, Model page, HttpServletResponse response, RedirectAttributes flash) {
        return change(name, () -> accounts.resetPassword(caller.getName(), name, password), "The password of "
                + name + " was reset (a lock, if any, is lifted): tell them the new one.", caller, page, response,
                flash);
    }

    @PostMapping("/users/{name}/delete")
    String delete(@PathVariable String name, Authentication caller, Model page, HttpServletResponse response,
                  RedirectAttributes flash) {
        try {
            accounts.delete(caller.getName(), name);
            flash.addFlashAttribute("done", "User " + name + " and their API tokens were deleted.");
            return "redirect:/users";
        } catch (InvalidInputException | ResponseStatusException | NotFoundException e) {
            return refusedOn(name, e, caller, page, response);
        }
    }

    @PostMapping("/users/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Authentication caller, Model page, HttpServletResponse response,
                  RedirectAttributes flash) {
        try {
            Accounts.Token token = accounts.revokeToken(caller, id);
            flash.addFlashAttribute("done", "The API token " + token.name() + " of " + token.owner()
                    + " was revoked.");
            return "redirect:/users";
        } catch (InvalidInputException | ResponseStatusException | NotFoundException e) {
            AccountRefusal.show(e, page, response);
            return users(page, caller);
        }
    }

    private String change(String name, Runnable action, String done, Authentication caller, Model page,
                          HttpServletResponse response, RedirectAttributes flash) {
        try {
            action.run();
            flash.addFlashAttribute("done", done);
            return "redirect:/users/" + name;
        } catch (InvalidInputException | ResponseStatusException | NotFoundException e) {
            return refusedOn(name, e, caller, page, response);
        }
    }

    /** The user's page again with the refusal; the user list when the user is not there (any more). */
    private String refusedOn(String name, RuntimeException e, Authentication caller, Model page,
                             HttpServletResponse response) {
        AccountRefusal.show(e, page, response);
        return accounts.user(name).isPresent() ? user(name, page, caller) : users(page, caller);
    }

    private static String words(String role) {
        return Role.of(role).map(Role::label).orElse(role.isBlank() ? "none" : role);
    }
}
