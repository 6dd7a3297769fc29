package org.maturityadvisor.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.teams.ImportError;
import org.maturityadvisor.teams.ImportReport;
import org.maturityadvisor.teams.ImportTemplate;
import org.maturityadvisor.teams.ImportText;
import org.maturityadvisor.teams.InvalidImportException;
import org.maturityadvisor.teams.TeamImporter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many teams at once from the browser: a CSV (or JSON) file as {@code POST /api/imports} takes it, through the same
 * {@link TeamImporter}, all or nothing unless bad rows are skipped; every problem shown with its line and column. The
 * outcome is kept for the session and shown at a URL of its own (POST, then redirect), with the upload form again
 * when the file was refused. A template to fill in lists every column the importer reads.
 */
@Controller
class ImportController {

    private final TeamImporter importer;
    private final ActiveRuleSet ruleSet;
    private final SessionResults<Outcome> outcomes;

    ImportController(TeamImporter importer, ActiveRuleSet ruleSet, JsonMapper json) {
        this.importer = importer;
        this.ruleSet = ruleSet;
        this.outcomes = new SessionResults<>("import", Outcome.class, json);
    }

    /** What one upload came to: the report of the teams imported, or the problems that refused the file. */
    record Outcome(String fileName, boolean skipBadRows, ImportReport report, Refusal refused) {
    }

    /** Why a file was refused: its problems (the first ones, of {@code total}) and how many rows they are on. */
    public record Refusal(List<ImportError> errors, long total, long badRows) {
    }

    @PostMapping("/teams/import")
    String importTeams(@RequestParam("file") MultipartFile file,
                       @RequestParam(defaultValue = "false") boolean skipBadRows, Model page,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
        if (file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page.addAttribute("models", ruleSet.get().models());
            page.addAttribute("importError", "file: choose a CSV file (one row per team) or a JSON file to import;"
                    + " the one sent was empty or missing.");
            return "import";
        }
        Outcome outcome;
        try {
            String text = ImportText.decode(file.getBytes(), StandardCharsets.UTF_8);
            ImportReport report = name.toLowerCase(Locale.ROOT).endsWith(".json")
                    ? importer.importJson(text, Actor.of(request), skipBadRows)
                    : importer.importCsv(text, Actor.of(request), skipBadRows);
            outcome = new Outcome(name, skipBadRows, report, null);
        } catch (InvalidImportException e) {
            outcome = new Outcome(name, skipBadRows, null, new Refusal(e.errors(), e.total(), e.badRows()));
        }
        return "redirect:/teams/imports/" + outcomes.keep(request.getSession(), outcome);
    }

    /** An import's outcome; a refused file answers 400 as the upload did, with the form to try again. */
    @GetMapping("/teams/imports/{key}")
    String outcome(@PathVariable String key, Model page, HttpServletRequest request, HttpServletResponse response) {
        Outcome outcome = outcomes.find(request.getSession(false), key)
                .orElseThrow(() -> new NotFoundException("this import's outcome was kept for the session that "
                        + "uploaded it only, and is no longer kept; the teams page lists what was imported"));
        if (outcome.refused() != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        page.addAttribute("models", ruleSet.get().models());
        page.addAttribute("fileName", outcome.fileName());
        page.addAttribute("skipBadRows", outcome.skipBadRows());
        page.addAttribute("report", outcome.report());
        page.addAttribute("refused", outcome.refused());
        return "import";
    }

    /** Every column the import reads, in the catalog's order, and a help row the import skips. */
    @GetMapping(path = "/teams/import/template.csv")
    ResponseEntity<String> template() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("teams-template.csv").build().toString())
                .body(ImportTemplate.csv(ruleSet.get().catalog()));
    }
}
