package org.maturityadvisor.workbench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.teams.Confirmations;
import org.maturityadvisor.teams.FourEyes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The team page's Confirm buttons: a second person confirms the evidence behind the newest answers (one practice, or
 * every one the caller may confirm). Done: 303 back to the team page, which says what was confirmed. Refused (the
 * caller recorded the evidence, or nothing is left to confirm): the team page again with the reason, 409 or 400,
 * nothing stored.
 */
@Controller
class ConfirmationsPageController {

    private final Confirmations confirmations;
    private final ActiveRuleSet ruleSet;
    private final TeamsController teams;

    ConfirmationsPageController(Confirmations confirmations, ActiveRuleSet ruleSet, TeamsController teams) {
        this.confirmations = confirmations;
        this.ruleSet = ruleSet;
        this.teams = teams;
    }

    @PostMapping("/teams/{id}/confirmations")
    String confirm(@PathVariable String id, @RequestParam(required = false) List<String> practice,
                   @RequestParam(defaultValue = "false") boolean all, Model page, HttpServletRequest request,
                   HttpServletResponse response, RedirectAttributes flash) {
        List<String> practices = practice == null ? List.of() : practice;
        PracticeCatalog catalog = ruleSet.get().catalog();
        try {
            Confirmations.Outcome done = confirmations.confirm(id, new FourEyes.Request(all ? List.of() : practices,
                    all), Actor.of(request));
            flash.addFlashAttribute("confirmation", done(done, catalog));
            return QuestionnaireController.seeOther(request, "/teams/" + UriUtils.encodePathSegment(id,
                    StandardCharsets.UTF_8) + "#rests-on-title");
        } catch (Confirmations.Refused e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            page.addAttribute("confirmRefused", said(e.errors(), practices, catalog));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page.addAttribute("confirmRefused", said(e.errors(), practices, catalog));
        }
        return teams.team(id, page, request);
    }

    /** "Confirmed 2 evidence items of 1 answer (How are models released?); stored as assessment #4." */
    static String done(Confirmations.Outcome outcome, PracticeCatalog catalog) {
        int items = outcome.confirmed().stream().mapToInt(FourEyes.Confirmed::items).sum();
        return "Confirmed " + Words.count(items, "evidence item", "evidence items") + " of "
                + Words.count(outcome.confirmed().size(), "answer", "answers") + " ("
                + outcome.confirmed().stream().map(c -> question(c.practice(), catalog))
                .collect(Collectors.joining("; ")) + "); stored as assessment #" + outcome.stored().seq() + ".";
    }

    /** The refusals in the questionnaire's words: the practice by its question, never its id. */
    static String said(List<InputError> errors, List<String> practices, PracticeCatalog catalog) {
        return errors.stream().map(error -> {
            String reason = error.reason();
            for (String id : practices) {
                if (id != null && !id.isBlank() && reason.contains(id)) {
                    reason = reason.replace(id, "\u201c" + question(id, catalog) + "\u201d");
                }
            }
            return Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + (reason.endsWith(".") ? "" : ".");
        }).collect(Collectors.joining(" "));
    }

    private static String question(String practice, PracticeCatalog catalog) {
        return catalog.find(practice).map(p -> p.question()).orElse(practice);
    }
}
