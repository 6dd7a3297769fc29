package org.maturityadvisor.workbench;

import java.io.IOException;
import java.util.List;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.lifecycle.DraftReport;
import org.maturityadvisor.lifecycle.RuleSetLifecycle;
import org.maturityadvisor.lifecycle.ScenarioCoverages;
import org.maturityadvisor.ruleset.DraftFiles;
import org.maturityadvisor.ruleset.RuleSetArchive;
import org.maturityadvisor.ruleset.TableDiff;
import org.maturityadvisor.security.Role;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.StoredRuleSet;
import org.maturityadvisor.store.VersionRef;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule-set life cycle for analysts: versions, a draft uploaded and its report (every finding with the sheet
 * around its cell, the scenario gate, the impact preview), publish and rollback with a reason, the audit log. Every
 * step is {@link RuleSetLifecycle}'s, as over the API.
 */
@Controller
class RuleSetsController {

    static final int PAGE = 50;
    static final int COMPARED_CELLS = 2000;

    private final RuleSetLifecycle lifecycle;
    private final RuleSetStore store;
    private final ActiveRuleSet active;
    private final ScenarioCoverages coverages;
    private final SessionResults<RefusedDraft> refusedDrafts;

    RuleSetsController(RuleSetLifecycle lifecycle, RuleSetStore store, ActiveRuleSet active,
                       ScenarioCoverages coverages, JsonMapper json) {
        this.refusedDrafts = new SessionResults<>("refused-draft", RefusedDraft.class, json);
        this.lifecycle = lifecycle;
        this.store = store;
        this.active = active;
        this.coverages = coverages;
    }

    @GetMapping("/rulesets")
    String versions(@RequestParam(required = false) Long before, Model page) {
        var slice = store.versions(before, PAGE);
        page.addAttribute("versions", slice.items());
        page.addAttribute("next", slice.nextKey());
        String current = active.get().version();
        page.addAttribute("active", current);
        // the compare form starts at the active version against the one active before it, never at any draft
        store.version(current).ifPresent(version -> {
            page.addAttribute("compareTo", version.seq());
            lifecycle.predecessor(current).ifPresent(earlier -> page.addAttribute("compareFrom", earlier.seq()));
        });
        return "rulesets";
    }

    /** An uploaded table or zip checked as a draft: a valid one is kept and its report shown, an invalid one only shown. */
    @PostMapping("/rulesets/drafts")
    String draft(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String comment,
                 Model page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
        if (name.isEmpty() || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page.addAttribute("uploadError", "Choose or drop a table (*.drl.xlsx, *.drl.csv, practices.csv) or a "
                    + "zip of the rules directory.");
            return versions(null, page);
        }
        DraftFiles.Draft files = DraftFiles.fromNamedUpload(name, file.getBytes(), active.current().files());
        DraftReport report = lifecycle.draft(files, Actor.of(request), comment);
        if (report.valid()) {
            return "redirect:/rulesets/" + report.seq();
        }
        // not kept as a version: its report (with the sheet around each finding) is kept for this session instead
        String key = refusedDrafts.keep(request.getSession(), new RefusedDraft(name, report,
                FindingView.of(report.findings(), files.files())));
        return "redirect:/rulesets/refused/" + key;
    }

    /** A draft refused by its checks, kept for the session that uploaded it: its report at a URL of its own. */
    record RefusedDraft(String fileName, DraftReport report, List<FindingView> findings) {
    }

    @GetMapping("/rulesets/refused/{key}")
    String refused(@PathVariable String key, Model page, HttpServletRequest request, HttpServletResponse response) {
        RefusedDraft refused = refusedDrafts.find(request.getSession(false), key)
                .orElseThrow(() -> new NotFoundException("this refused draft's report was kept for the session that "
                        + "uploaded it only, and is no longer kept; upload the table again to check it"));
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        page.addAttribute("report", refused.report());
        page.addAttribute("version", null);
        page.addAttribute("fileName", refused.fileName());
        page.addAttribute("findings", refused.findings());
        page.addAttribute("active", active.get().version());
        return "ruleset";
    }

    @GetMapping("/rulesets/{id}")
    String version(@PathVariable VersionRef id, Model page, HttpServletRequest request) {
        if (Role.ANALYST.heldBy(request)) { // what this caller may do with it, by the policy publish and rollback apply
            page.addAttribute("offer", lifecycle.offer(id.text(), mayForce(request)));
        }
        StoredRuleSet version = lifecycle.version(id.text());
        List<RuleFile> files = RuleSetArchive.unpack(lifecycle.content(id.text()));
        DraftReport report;
        try {
            report = lifecycle.report(id.text());
        } catch (NotFoundException e) {
            report = null; // loaded from the rules directory: no draft report
        }
        return report(page, report, version, files);
    }

    private String report(Model page, DraftReport report, StoredRuleSet version, List<RuleFile> files) {
        // a draft's coverage as drafted (with its changed-row warnings); any other version's read now
        page.addAttribute("coverage", report != null && report.coverage() != null ? report.coverage()
                : coverages.of(version.hash()));
        page.addAttribute("report", report);
        page.addAttribute("version", version);
        page.addAttribute("findings", report == null ? List.of() : FindingView.of(report.findings(), files));
        page.addAttribute("active", active.get().version());
        return "ruleset";
    }

    @PostMapping("/rulesets/{id}/publish")
    String publish(@PathVariable VersionRef id, @RequestParam(defaultValue = "") String reason,
                   @RequestParam(defaultValue = "false") boolean force,
                   @RequestParam(defaultValue = "false") boolean rebase,
                   HttpServletRequest request, RedirectAttributes flash) {
        try {
            StoredRuleSet published = lifecycle.publish(id.text(), Actor.of(request), mayForce(request), force,
                    blankToNull(reason), rebase);
            flash.addFlashAttribute("message", "Version " + published.seq() + " (" + published.hash()
                    + ") is now active.");
            return "redirect:/rulesets/" + published.seq();
        } catch (RuleSetLifecycle.Refused e) {
            flash.addFlashAttribute("refusal", e.getMessage());
            return "redirect:/rulesets/" + id;
        }
    }

    @PostMapping("/rulesets/{id}/rollback")
    String rollback(@PathVariable VersionRef id, @RequestParam(defaultValue = "") String reason,
                    @RequestParam(defaultValue = "false") boolean force,
                    HttpServletRequest request, RedirectAttributes flash) {
        try {
            StoredRuleSet back = lifecycle.rollback(id.text(), Actor.of(request), mayForce(request), force,
                    blankToNull(reason));
            flash.addFlashAttribute("message", "Rolled back: version " + back.seq() + " (" + back.hash()
                    + ") is active again.");
            return "redirect:/rulesets";
        } catch (RuleSetLifecycle.Refused e) {
            flash.addFlashAttribute("refusal", e.getMessage());
            return "redirect:/rulesets/" + id;
        }
    }

    /** Two versions side by side, cell by cell: what an analyst changed in each table (and each DRL line). */
    /** Without {@code from} and {@code to}: the active version against the one active before it. One alone: a 400. */
    @GetMapping("/rulesets/compare")
    String compare(@RequestParam(required = false) VersionRef from, @RequestParam(required = false) VersionRef to,
                   Model page) throws MissingServletRequestParameterException {
        if (from == null && to != null || from != null && to == null) {
            throw new MissingServletRequestParameterException(from == null ? "from" : "to", "VersionRef");
        }
        StoredRuleSet after = lifecycle.version(to != null ? to.text() : active.get().version());
        StoredRuleSet before = from != null ? lifecycle.version(from.text())
                : lifecycle.predecessor(after.hash()).orElseThrow(() -> new NotFoundException("version "
                        + after.seq() + " has no version active before it to compare with; choose two versions"));
        page.addAttribute("from", before);
        page.addAttribute("to", after);
        page.addAttribute("diff", TableDiff.between(RuleSetArchive.unpack(lifecycle.content(before.hash())),
                RuleSetArchive.unpack(lifecycle.content(after.hash())), COMPARED_CELLS));
        page.addAttribute("active", active.get().version());
        return "compare";
    }

    @GetMapping("/rulesets/audit")
    String audit(@RequestParam(required = false) Long before, Model page) {
        var slice = store.auditLog(before, PAGE);
        java.util.Map<String, Long> seqs = new java.util.HashMap<>(); // each version the page names, looked up once
        page.addAttribute("entries", slice.items().stream().map(entry -> AuditLine.of(entry,
                hash -> seqs.computeIfAbsent(hash, key -> store.seqOf(key).orElse(null)))).toList());
        page.addAttribute("next", slice.nextKey());
        return "audit";
    }

    /** Forcing past a closed scenario gate is the admin role's, as over the API. */
    private static boolean mayForce(HttpServletRequest request) {
        return Role.ADMIN.heldBy(request);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
