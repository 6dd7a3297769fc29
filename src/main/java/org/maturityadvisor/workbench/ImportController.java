package org.maturityadvisor.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.teams.ImportReport;
import org.maturityadvisor.teams.ImportText;
import org.maturityadvisor.teams.InvalidImportException;
import org.maturityadvisor.teams.TeamImporter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Many teams at once from the browser: a CSV (or JSON) file as {@code POST /api/imports} takes it, through the same
 * {@link TeamImporter}, all or nothing unless bad rows are skipped; every problem shown with its line and column.
 */
@Controller
class ImportController {

    private final TeamImporter importer;
    private final ActiveRuleSet ruleSet;

    ImportController(TeamImporter importer, ActiveRuleSet ruleSet) {
        this.importer = importer;
        this.ruleSet = ruleSet;
    }

    @PostMapping("/teams/import")
    String importTeams(@RequestParam("file") MultipartFile file,
                       @RequestParam(defaultValue = "false") boolean skipBadRows, Model page,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.addAttribute("models", ruleSet.get().models());
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
        if (file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page.addAttribute("importError", "Choose a CSV file (one row per team) or a JSON file to import.");
            return "import";
        }
        try {
            String text = ImportText.decode(file.getBytes(), StandardCharsets.UTF_8);
            ImportReport report = name.toLowerCase(Locale.ROOT).endsWith(".json")
                    ? importer.importJson(text, Actor.of(request), skipBadRows)
                    : importer.importCsv(text, Actor.of(request), skipBadRows);
            page.addAttribute("report", report);
        } catch (InvalidImportException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page.addAttribute("refused", e);
        }
        page.addAttribute("fileName", name);
        return "import";
    }
}
