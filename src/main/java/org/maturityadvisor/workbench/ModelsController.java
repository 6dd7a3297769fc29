package org.maturityadvisor.workbench;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.report.CatalogViews;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The active rules as the analysts wrote them: every model's levels and criteria, the crosswalk, the targets. */
@Controller
class ModelsController {

    private final ActiveRuleSet ruleSet;

    ModelsController(ActiveRuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    @GetMapping("/models")
    String models(Model page) {
        page.addAttribute("view", CatalogViews.models(ruleSet.get()));
        page.addAttribute("files", ruleSet.current().files().stream().map(RuleFile::name)
                .filter(name -> !name.endsWith(".drl")).toList());
        return "models";
    }

    /** One table of the active rule set, as the analysts edit it. */
    @GetMapping("/models/files/{name:.+}")
    ResponseEntity<byte[]> file(@PathVariable String name) {
        RuleFile file = ruleSet.current().files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("no table " + name + " in the active rules"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"")
                .body(file.content());
    }
}
