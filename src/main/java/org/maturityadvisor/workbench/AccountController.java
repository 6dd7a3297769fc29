package org.maturityadvisor.workbench;

import java.util.Arrays;

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

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * One's own account (anyone signed in): changing one's password (the current one, the new one twice, as
 * {@code PUT /api/users/me/password} checks it) and one's personal API tokens (create with an expiry, the secret
 * shown once, on the answer to the form, revoke). A new password ends every session of the user, this one included: the
 * user signs in again with it. "Sign out everywhere" ends them all without a new password (a lost laptop).
 */
@Controller
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(Model page, Authentication caller) {
        Role role = Role.highest(caller.getAuthorities()).orElse(Role.VIEWER);
        page.addAttribute("role", role);
        page.addAttribute("tokenRoles", Arrays.stream(Role.values()).filter(role::includes).toList());
        page.addAttribute("tokens", accounts.tokens(caller, false));
        page.addAttribute("days", accounts.tokenDays());
        page.addAttribute("grants", accounts.ownGrants());
        page.addAttribute("groups", accounts.groups());
        return "account";
    }

    @PostMapping("/account/password")
    String password(@RequestParam(defaultValue = "") String currentPassword,
                    @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat,
                    Authentication caller, Model page, HttpServletResponse response) {
        try {
            accounts.changeOwnPassword(caller, currentPassword, password, repeat);
            // the new password ends every session of this user, this one too: sign in again with it
            return "redirect:/login?changed";
        } catch (InvalidInputException | ResponseStatusException | NotFoundException e) {
            AccountRefusal.show(e, page, response);
            page.addAttribute("refusedForm", "password");
            return account(page, caller);
        }
    }

    /** Every session of the caller ends, on every replica, this one too; API tokens stay (revoke them below). */
    @PostMapping("/account/sign-out-everywhere")
    String signOutEverywhere(Authentication caller, HttpServletRequest request) {
        accounts.signOutEverywhere(caller);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate(); // its row is gone already; this also clears the cookie
        }
        return "redirect:/login?everywhere";
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
                       @RequestParam(required = false) Integer days, @RequestParam(defaultValue = "") String group,
                       @RequestParam(defaultValue = "") String team,
                       @RequestParam(defaultValue = "false") boolean readOnly, Authentication caller, Model page,
                       HttpServletResponse response) {
        try {
            Accounts.NewToken created = accounts.createToken(caller, name.strip(), role.isBlank() ? null : role,
                    days, group, team, readOnly);
            // the secret is answered here, never kept for a redirect: a flash attribute would write it into the
            // session's row in the database; the answer itself is not cached (reloading asks to send the form again)
            response.setHeader("Cache-Control", "no-store");
            page.addAttribute("created", created);
            return account(page, caller);
        } catch (InvalidInputException | ResponseStatusException | NotFoundException e) {
            AccountRefusal.show(e, page, response);
            page.addAttribute("refusedForm", "token");
            page.addAttribute("typedName", name);
            return account(page, caller);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Authentication caller, Model page, HttpServletResponse response,
                  RedirectAttributes flash) {
        try {
            Accounts.Token token = accounts.revokeToken(caller, id);
            flash.addFlashAttribute("done", "The API token " + token.name() + " was revoked: it signs nothing in "
                    + "any more.");
            return "redirect:/account";
        } catch (InvalidInputException | ResponseStatusException | NotFoundException e) {
            AccountRefusal.show(e, page, response);
            return account(page, caller);
        }
    }
}
