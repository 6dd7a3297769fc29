package org.maturityadvisor.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.LimitExceededException;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.security.TeamTokens;
import org.maturityadvisor.teams.TeamScans;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The team page's repository section: an uploaded archive of the team's repository (scanned in memory, stored as the
 * team's newest scan, the team assessed again on it), and the team's pipeline tokens. Done: 303 back to the team
 * page, which says what happened (a new token shown there once). Refused: the team page again with the reason (4xx),
 * nothing stored.
 */
@Controller
class TeamRepositoryController {

    private final TeamScans scans;
    private final TeamTokens tokens;
    private final TeamsController teams;
    private final ActiveRuleSet ruleSet;

    TeamRepositoryController(TeamScans scans, TeamTokens tokens, TeamsController teams, ActiveRuleSet ruleSet) {
        this.scans = scans;
        this.tokens = tokens;
        this.teams = teams;
        this.ruleSet = ruleSet;
    }

    @PostMapping("/teams/{id}/observations")
    String upload(@PathVariable String id, @RequestParam(required = false) MultipartFile archive, Model page,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash)
            throws IOException {
        try {
            if (archive == null || archive.isEmpty()) {
                throw new InvalidInputException(TeamScans.ARCHIVE, List.of(new InputError("archive", "choose a zip "
                        + "or tar.gz of the team's repository first")));
            }
            if (archive.getSize() > scans.maxArchiveBytes()) {
                throw new LimitExceededException("maturity.scan.max-archive-bytes", "archive",
                        scans.maxArchiveBytes(), "bytes");
            }
            String name = archive.getOriginalFilename() == null ? "upload" : archive.getOriginalFilename();
            TeamScans.Recorded recorded = scans.recordArchive(id, archive.getBytes(), name, TeamScans.Source.NONE,
                    Actor.of(request));
            flash.addFlashAttribute("repositoryDone", done(recorded));
            return QuestionnaireController.seeOther(request, "/teams/" + encoded(id) + "#repository");
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page.addAttribute("repositoryRefused", "The archive was not read: " + e.errors().stream()
                    .map(InputError::reason).collect(Collectors.joining("; ")) + ". Nothing was stored.");
        } catch (LimitExceededException e) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            page.addAttribute("repositoryRefused", "The archive is larger than " + TeamRepository.megabytes(
                    scans.maxArchiveBytes()) + " (maturity.scan.max-archive-bytes). Nothing was stored.");
        }
        return teams.team(id, page, request);
    }

    @PostMapping("/teams/{id}/tokens")
    String issue(@PathVariable String id, @RequestParam(defaultValue = "") String name,
                 @RequestParam(required = false) Integer days, Authentication authentication, Model page,
                 HttpServletRequest request, HttpServletResponse response) {
        try {
            // shown on this answer, never kept for a redirect (a flash attribute would write the secret into the
            // session's row in the database); the answer is not cached
            page.addAttribute("newPipelineToken", tokens.issue(authentication, id, name.strip(), days));
            response.setHeader("Cache-Control", "no-store");
            return teams.team(id, page, request);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page.addAttribute("tokenRefused", e.errors().stream().map(error -> error.field() + ": " + error.reason())
                    .collect(Collectors.joining("; ")));
        } catch (ResponseStatusException e) {
            response.setStatus(e.getStatusCode().value());
            page.addAttribute("tokenRefused", e.getReason());
        }
        return teams.team(id, page, request);
    }

    @PostMapping("/teams/{id}/tokens/{name}/revoke")
    String revoke(@PathVariable String id, @PathVariable String name, Authentication authentication,
                  HttpServletRequest request, RedirectAttributes flash) {
        tokens.revoke(authentication, id, name);
        flash.addFlashAttribute("tokenRevoked", "The pipeline token " + name + " was revoked: it pushes nothing from "
                + "now on.");
        return QuestionnaireController.seeOther(request, "/teams/" + encoded(id) + "#pipeline-tokens");
    }

    /** "Observed 2 practices of 5 looked for in repo (14 files read); stored as assessment #4." */
    private String done(TeamScans.Recorded recorded) {
        var report = recorded.report();
        var catalog = ruleSet.get().catalog();
        int looked = report.observations().size() + report.notFound().size();
        String which = report.observations().isEmpty() ? "" : ": " + report.observations().stream()
                .map(o -> catalog.find(o.practice()).map(p -> p.question()).orElse(o.practice()) + " \u2014 "
                        + o.value()).collect(Collectors.joining("; "));
        return "Observed " + Words.count(report.observations().size(), "practice", "practices") + " of " + looked
                + " looked for in " + report.tree() + " (" + Words.count(report.filesRead(), "file", "files")
                + " read)" + which + ". Stored as assessment #" + recorded.assessment().seq() + ".";
    }

    private static String encoded(String id) {
        return UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
    }
}
