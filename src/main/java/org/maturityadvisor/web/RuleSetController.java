package org.maturityadvisor.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.coverage.CoverageText;
import org.maturityadvisor.coverage.ScenarioCoverage;
import org.maturityadvisor.lifecycle.DraftReport;
import org.maturityadvisor.lifecycle.DraftReportText;
import org.maturityadvisor.lifecycle.RuleSetLifecycle;
import org.maturityadvisor.lifecycle.ScenarioCoverages;
import org.maturityadvisor.ruleset.DraftFiles;
import org.maturityadvisor.ruleset.SarifReport;
import org.maturityadvisor.security.Role;
import org.maturityadvisor.store.AuditEntry;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.Slice;
import org.maturityadvisor.store.StoredRuleSet;
import org.maturityadvisor.store.VersionOrigin;
import org.maturityadvisor.store.VersionRef;
import org.maturityadvisor.store.VersionState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Rule-set versions: list, download, upload a draft (one table replacing its namesake, or a zip of the whole rules
 * directory), its report, publish, roll back, and the audit log. The signed-in caller is who acts; only an admin may
 * force a publish or rollback past a closed scenario gate.
 */
@RestController
class RuleSetController {

    private final RuleSetLifecycle lifecycle;
    private final RuleSetStore store;
    private final ActiveRuleSet active;
    private final ScenarioCoverages coverages;

    RuleSetController(RuleSetLifecycle lifecycle, RuleSetStore store, ActiveRuleSet active,
                      ScenarioCoverages coverages) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.active = active;
        this.coverages = coverages;
    }

    record VersionView(long seq, String id, String createdAt, String author, String comment, VersionOrigin origin,
                       VersionState state, boolean active) {
        static VersionView of(StoredRuleSet version, String activeHash) {
            return new VersionView(version.seq(), version.hash(), version.createdAt().toString(), version.author(),
                    version.comment(), version.origin(), version.state(), version.hash().equals(activeHash));
        }
    }

    record Versions(String active, List<VersionView> items, String next) {
    }

    @Operation(operationId = "listRuleSets")
    @GetMapping("/api/rulesets")
    Versions versions(@RequestParam(required = false) Long before, @RequestParam(defaultValue = "" + Paging.DEFAULT) int limit) {
        Slice<StoredRuleSet, Long> slice = store.versions(before, Paging.limit(limit));
        String activeHash = active.get().version();
        return new Versions(activeHash, slice.items().stream().map(v -> VersionView.of(v, activeHash)).toList(),
                slice.nextKey() == null ? null : "/api/rulesets?before=" + slice.nextKey() + "&limit=" + limit);
    }

    /** The version's files as a zip, ready to unpack into a rules directory. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The version's files as a zip", content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/zip", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))})
    @Operation(operationId = "downloadRuleSet")
    @GetMapping("/api/rulesets/{id}")
    ResponseEntity<byte[]> download(@PathVariable VersionRef id) {
        StoredRuleSet version = lifecycle.version(id.text());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rules-" + version.seq() + ".zip\"")
                .header("X-Ruleset-Version", version.hash())
                .body(lifecycle.content(id.text()));
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The version's report: JSON (format=json), text (text) or SARIF 2.1.0 (sarif)", content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = org.maturityadvisor.lifecycle.DraftReport.class)), @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/plain", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")), @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/sarif+json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = SarifLog.class))})
    @Operation(operationId = "getRuleSetReport")
    @GetMapping(path = "/api/rulesets/{id}/report")
    ResponseEntity<?> report(@PathVariable VersionRef id, @RequestParam(defaultValue = "json") String format) {
        DraftReport report = lifecycle.report(id.text());
        return switch (format) {
            case "text" -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(DraftReportText.render(report));
            case "sarif" -> ResponseEntity.ok().contentType(MediaType.parseMediaType(SarifReport.MEDIA_TYPE))
                    .body(SarifReport.of(version(), report.version(), report.valid(), report.findings()));
            case "json" -> ResponseEntity.ok(report);
            default -> throw new InvalidInputException("report format", List.of(new InputError("format",
                    "expected json, text or sarif, got " + Echo.quoted(format))));
        };
    }

    /**
     * What the scenario suite exercises of a version (the active one's id from {@code GET /api/rulesets}): every
     * criterion, test, statement, level, band, section and target row, as met and as blocking, and the uncovered.
     */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "What the scenarios exercise: JSON (format=json) or text (text)", content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = org.maturityadvisor.coverage.ScenarioCoverage.class)), @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/plain", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))})
    @Operation(operationId = "getRuleSetCoverage")
    @GetMapping(path = "/api/rulesets/{id}/coverage")
    ResponseEntity<?> coverage(@PathVariable VersionRef id, @RequestParam(defaultValue = "json") String format) {
        boolean text = switch (format) { // read before the scenarios run: a bad format costs nothing
            case "text" -> true;
            case "json" -> false;
            default -> throw new InvalidInputException("coverage format", List.of(new InputError("format",
                    "expected json or text, got " + Echo.quoted(format))));
        };
        ScenarioCoverage coverage = coverages.of(id.text());
        return text
                ? ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(CoverageText.render(coverage))
                : ResponseEntity.ok(coverage);
    }

    /** A SARIF 2.1.0 log (OASIS), as {@link SarifReport} writes it: its runs are as the SARIF schema says. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "SarifLog")
    record SarifLog(@io.swagger.v3.oas.annotations.media.Schema(name = "$schema") String schema, String version,
                    List<java.util.Map<String, Object>> runs) {
    }

    /** The service's version, as SARIF's tool version. */
    private static String version() {
        String version = RuleSetController.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    /**
     * Checks an uploaded table or zip as a draft: 201 with the report when valid (publishable or not), 422 with the
     * report when invalid (not kept).
     */
    @Operation(operationId = "uploadDraft")
    @PostMapping(path = "/api/rulesets/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DraftReport> draft(@RequestPart("file") MultipartFile file,
                                      @RequestParam(defaultValue = "") String comment, Principal caller) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("upload", List.of(new InputError("file", "the upload needs a file name: a table "
                    + "(*.drl.xlsx, *.drl.csv, practices.csv) or a zip of the rules directory")));
        }
        DraftReport report = lifecycle.draft(DraftFiles.fromNamedUpload(name, bytes(file), active.current().files()),
                caller.getName(), comment);
        return report.valid()
                ? ResponseEntity.created(URI.create("/api/rulesets/" + report.seq() + "/report")).body(report)
                : ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload", e);
        }
    }

    @Operation(operationId = "publishRuleSet", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RequestBodies.Publish.class))))
    @PostMapping("/api/rulesets/{id}/publish")
    VersionView publish(@PathVariable VersionRef id, @RequestBody(required = false) String body, Principal caller,
                        HttpServletRequest request) {
        ActionBody action = ActionBody.read(body, Set.of("force", "reason", "rebase"));
        return VersionView.of(lifecycle.publish(id.text(), caller.getName(), isAdmin(request), action.force(),
                action.reason(), action.rebase()), active.get().version());
    }

    @Operation(operationId = "rollbackRuleSet", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RequestBodies.Rollback.class))))
    @PostMapping("/api/rulesets/{id}/rollback")
    VersionView rollback(@PathVariable VersionRef id, @RequestBody(required = false) String body, Principal caller,
                         HttpServletRequest request) {
        ActionBody action = ActionBody.read(body, Set.of("force", "reason"));
        return VersionView.of(lifecycle.rollback(id.text(), caller.getName(), isAdmin(request), action.force(),
                action.reason()), active.get().version());
    }

    /** Forcing past a closed gate is the admin role's (granted by sign-in; see the security package). */
    private static boolean isAdmin(HttpServletRequest request) {
        return Role.ADMIN.heldBy(request);
    }

    record AuditPage(List<AuditEntry> items, String next) {
    }

    @Operation(operationId = "listAuditEntries")
    @GetMapping("/api/audit")
    AuditPage audit(@RequestParam(required = false) Long before, @RequestParam(defaultValue = "" + Paging.DEFAULT) int limit) {
        Slice<AuditEntry, Long> slice = store.auditLog(before, Paging.limit(limit));
        return new AuditPage(slice.items(), slice.nextKey() == null ? null
                : "/api/audit?before=" + slice.nextKey() + "&limit=" + limit);
    }
}
