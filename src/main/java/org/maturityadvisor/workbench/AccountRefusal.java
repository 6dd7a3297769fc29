package org.maturityadvisor.workbench;

import java.util.List;
import java.util.Map;

import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.store.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What the accounts' policies refused, as the administration and account pages show it: the API's status and its
 * reasons, each field named in words ("New password: expected at least 12 characters") instead of its JSON name.
 */
record AccountRefusal(HttpStatusCode status, List<String> reasons) {

    private static final Map<String, String> FIELDS = Map.of("name", "Name", "role", "Role", "password",
            "Password", "currentPassword", "Current password", "repeat", "Repeat the new password",
            "expiresInDays", "Expires in (days)");

    /** The refusal in {@code e}, or the exception itself when it is not one the accounts' policies make. */
    static AccountRefusal of(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return new AccountRefusal(HttpStatus.BAD_REQUEST, invalid.errors().stream()
                    .map(error -> FIELDS.getOrDefault(error.field(), error.field()) + ": " + error.reason()).toList());
        }
        if (e instanceof ResponseStatusException status) {
            return new AccountRefusal(status.getStatusCode(), List.of(sentence(status.getReason())));
        }
        if (e instanceof NotFoundException missing) {
            return new AccountRefusal(HttpStatus.NOT_FOUND, List.of(sentence(missing.getMessage())));
        }
        throw e;
    }

    /** Shows the refusal in {@code e} on the page about to be drawn again, with the API's status. */
    static void show(RuntimeException e, Model page, HttpServletResponse response) {
        AccountRefusal refusal = of(e);
        response.setStatus(refusal.status().value());
        page.addAttribute("refusals", refusal.reasons());
    }

    private static String sentence(String reason) {
        return reason == null || reason.isEmpty() ? "Refused." : Character.toUpperCase(reason.charAt(0))
                + reason.substring(1) + (reason.endsWith(".") ? "" : ".");
    }
}
