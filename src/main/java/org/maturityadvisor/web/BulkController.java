package org.maturityadvisor.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.teams.AssessmentExport;
import org.maturityadvisor.teams.ImportProgress;
import org.maturityadvisor.teams.ImportReport;
import org.maturityadvisor.teams.ImportText;
import org.maturityadvisor.teams.InvalidImportException;
import org.maturityadvisor.teams.TeamImporter;
import org.maturityadvisor.teams.TeamScope;
import org.maturityadvisor.teams.TeamService;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Bulk import of many teams' answers (CSV or JSON, all or nothing unless {@code skipBadRows=true}) and export of every
 * stored assessment (CSV or JSON, streamed). The author of imported assessments is the signed-in caller.
 */
@RestController
class BulkController {

    static final String TEXT_CSV = "text/csv";

    private final TeamImporter importer;
    private final AssessmentExport export;
    private final TeamService teams;

    private final ProblemResponses problems;
    private final ImportProgress progress;
    private final TeamScope scope;

    BulkController(TeamImporter importer, AssessmentExport export, TeamService teams, ProblemResponses problems,
                   ImportProgress progress, TeamScope scope) {
        this.scope = scope;
        this.problems = problems;
        this.progress = progress;
        this.importer = importer;
        this.export = export;
        this.teams = teams;
    }

    @ImportOperation
    @PostMapping(path = "/api/imports", consumes = TEXT_CSV)
    ResponseEntity<ImportReport> importCsv(HttpEntity<byte[]> body, @RequestParam(defaultValue = "false")
            boolean skipBadRows, Principal caller) {
        return imported(importer.importCsv(text(body), caller.getName(), skipBadRows));
    }

    @ImportOperation
    @PostMapping(path = "/api/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportReport> importJson(HttpEntity<byte[]> body, @RequestParam(defaultValue = "false")
            boolean skipBadRows, Principal caller) {
        return imported(importer.importJson(text(body), caller.getName(), skipBadRows));
    }

    /** The imports running on this replica, then the last ones it finished: rows read, bad and written so far. */
    @Operation(operationId = "listImports")
    @GetMapping("/api/imports")
    ImportList imports() {
        return new ImportList(progress.statuses());
    }

    private static ResponseEntity<ImportReport> imported(ImportReport report) {
        return ResponseEntity.status(report.imported() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(report);
    }

    /** The body in the charset its Content-Type names, UTF-8 when it names none (what form tools write). */
    private static String text(HttpEntity<byte[]> body) {
        MediaType type = body.getHeaders().getContentType();
        Charset charset = type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        return body.getBody() == null ? "" : ImportText.decode(body.getBody(), charset);
    }

    /** The imports running on this replica, then the last ones it finished. */
    record ImportList(List<ImportProgress.Status> imports) {
    }

    /** The JSON export's shape, as {@code AssessmentExport} writes it (documentation only). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AssessmentExport")
    record Export(List<Exported> assessments) {
    }

    /** One stored assessment in the export; {@code result} only with {@code includeResult=true}. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ExportedAssessment")
    record Exported(String team, int seq, String assessedAt, String author, String rulesetVersion,
                    Object input, List<org.maturityadvisor.store.StoredLevel> levels,
                    @io.swagger.v3.oas.annotations.media.Schema(implementation =
                            org.maturityadvisor.assessment.AssessmentResult.class) Object result) {
    }

    /** Written to the response as it is read from the database, never held whole. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Every stored assessment (of the team, if named), oldest first", content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Export.class)), @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))})
    @Operation(operationId = "exportAssessments")
    @GetMapping("/api/exports/assessments")
    void export(@RequestParam(defaultValue = "json") String format, @RequestParam(required = false) String team,
                @RequestParam(defaultValue = "false") boolean includeResult,
                @RequestParam(required = false) String group, HttpServletResponse response)
            throws IOException {
        if (!format.equals("csv") && !format.equals("json")) {
            throw new InvalidInputException("export format", List.of(new InputError("format", "expected csv or json, got "
                    + Echo.quoted(format))));
        }
        var exported = scope.readable(group); // the caller's teams, in the group and below: never an archived one
        if (team != null) {
            teams.team(team); // an unknown team is a 404, not an empty export
        }
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"assessments." + format + "\"");
        if (format.equals("csv")) {
            response.setContentType(TEXT_CSV + ";charset=UTF-8");
            export.csv(team, exported, response.getOutputStream());
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            export.json(team, includeResult, exported, response.getOutputStream());
        }
    }

    /** Every problem with its line and column; nothing of the import was written. */
    @ExceptionHandler(InvalidImportException.class)
    ResponseEntity<ProblemDetail> invalidImport(InvalidImportException e) {
        String rows = e.badRows() == 0 ? "the file is invalid" : e.badRows() == 1 ? "1 row is invalid"
                : e.badRows() + " rows are invalid";
        long count = e.total();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rows + " (" + count
                + (count == 1 ? " problem" : " problems") + "); nothing was imported");
        problem.setType(ProblemResponses.INVALID_INPUT);
        problem.setTitle("Invalid import");
        problems.listed(problem, e.errors(), count);
        return ResponseEntity.badRequest().body(problem);
    }

    /** One documented operation for both of POST /api/imports' handlers, one per media type of its body. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @Operation(operationId = "importAssessments", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, description = "A CSV file as the template (GET /teams/import/template.csv), or a JSON file",
            content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = TEXT_CSV,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")),
                    @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(
                                    implementation = RequestBodies.ImportFile.class))}))
    @interface ImportOperation {
    }
}
