package org.maturityadvisor.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.maturityadvisor.assessment.ClaimCheck;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.teams.TeamScans;
import org.maturityadvisor.teams.TeamService;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What a team's repository shows, pushed by its pipeline (a scan report, JSON) or uploaded (an archive, scanned here
 * in memory and discarded): stored, and the team assessed again on its claims compared with it
 * ({@link TeamScans}). The service never clones a repository.
 */
@RestController
class ObservationController {

    static final String PATH = "/api/teams/{id}/observations";
    static final String ZIP = "application/zip";
    static final String GZIP = "application/gzip";
    static final String X_GZIP = "application/x-gzip";
    static final String TAR_GZIP = "application/x-tar+gzip";

    private final TeamScans scans;

    ObservationController(TeamScans scans) {
        this.scans = scans;
    }

    /** The stored assessment in short: which one, by whom, under which rules, the level in each model. */
    record AssessmentSummary(String team, int seq, String assessedAt, String author, String rulesetVersion,
                             List<Level> levels, String href) {

        record Level(String model, int level, String levelName) {
        }

        static AssessmentSummary of(TeamService.Stored stored) {
            return new AssessmentSummary(stored.team(), stored.seq(), stored.assessedAt().toString(), stored.author(),
                    stored.rulesetVersion(), stored.result().models().stream().map(model -> new Level(model.model(),
                    model.level(), model.levelName())).toList(), "/api/teams/" + stored.team() + "/assessments/"
                    + stored.seq());
        }
    }

    /** The answer to a recorded scan: the scan as the service read it, the assessment, claimed vs observed. */
    record Recorded(ScanReport scan, AssessmentSummary assessment, List<ClaimCheck> observed) {

        static Recorded of(TeamScans.Recorded recorded) {
            return new Recorded(recorded.report(), AssessmentSummary.of(recorded.assessment()),
                    recorded.assessment().result().observed());
        }
    }

    /** The team's newest scan as stored. */
    record Latest(String team, String scannedAt, String scannedBy, String tree, String commit, String ref,
                  String rulesetVersion, ScanReport scan) {
    }

    @Operation(operationId = "recordObservation", summary = "Record what the team's repository shows, as its pipeline scanned it",
            description = "The body is the JSON that `maturity-advisor scan --format json` prints, optionally with "
                    + "\"commit\" (40 hex digits) and \"ref\" (the branch). Only sightings of the active rule set's "
                    + "detectors are kept; observations and the practices not found are rebuilt from them. The scan "
                    + "is stored and the team assessed again: its newest claims compared with this scan. Also open to "
                    + "a pipeline token of this team (POST /api/teams/{id}/tokens).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PushedReportDoc.class)),
                    @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = GZIP, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = X_GZIP, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = TAR_GZIP, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = ArchiveForm.class))}))
    @ApiResponse(responseCode = "201", description = "Stored: the scan, the new assessment, claimed vs observed")
    @ApiResponse(responseCode = "400", description = "A field of the report, or the archive entry, at fault")
    @ApiResponse(responseCode = "403", description = "Not an assessor, nor this team's pipeline token")
    @ApiResponse(responseCode = "413", description = "An archive over maturity.scan.max-archive-bytes")
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> push(@PathVariable String id, @RequestBody String body, Principal caller) {
        PushedScanJson.Pushed pushed = PushedScanJson.read(TeamInputReader.parse(body));
        return created(id, scans.recordPushed(id, pushed.report(), pushed.source(), caller.getName()));
    }

    /** An archive as the raw body; {@code commit} and {@code ref} say what it is of. */
    @Operation(operationId = "recordObservation")
    @ApiResponse(responseCode = "201", description = "Stored: the scan, the new assessment, claimed vs observed")
    @PostMapping(path = PATH, consumes = {ZIP, GZIP, X_GZIP, TAR_GZIP})
    ResponseEntity<Recorded> upload(@PathVariable String id, @RequestParam(required = false) String commit,
                                    @RequestParam(required = false) String ref, HttpServletRequest request,
                                    Principal caller) throws IOException {
        byte[] archive = request.getInputStream().readAllBytes(); // bounded by BodyLimitFilter: 413 past the limit
        String name = request.getContentType().contains("zip") && !request.getContentType().contains("gzip")
                ? "upload.zip" : "upload.tar.gz";
        return created(id, scans.recordArchive(id, archive, name, source(commit, ref), caller.getName()));
    }

    /** An archive as the multipart field {@code archive} (a form, or curl -F archive=@repo.zip). */
    @Operation(operationId = "recordObservation")
    @ApiResponse(responseCode = "201", description = "Stored: the scan, the new assessment, claimed vs observed")
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Recorded> uploadForm(@PathVariable String id, @RequestPart(name = "archive", required = false)
                                        MultipartFile archive, @RequestParam(required = false) String commit,
                                        @RequestParam(required = false) String ref, Principal caller)
            throws IOException {
        if (archive == null || archive.isEmpty()) {
            throw new InvalidInputException(TeamScans.ARCHIVE, List.of(new InputError("archive", "required: a zip "
                    + "or tar.gz of the repository in the multipart field archive")));
        }
        if (archive.getSize() > scans.maxArchiveBytes()) {
            throw new org.maturityadvisor.catalog.LimitExceededException("maturity.scan.max-archive-bytes",
                    "archive", scans.maxArchiveBytes(), "bytes");
        }
        String name = archive.getOriginalFilename() == null ? "upload" : archive.getOriginalFilename();
        return created(id, scans.recordArchive(id, archive.getBytes(), name, source(commit, ref),
                caller.getName()));
    }

    @Operation(operationId = "getLatestObservation", summary = "The team's newest scan", description = "What was scanned, by whom and when, and the report.")
    @ApiResponse(responseCode = "200", description = "The newest scan")
    @ApiResponse(responseCode = "404", description = "No such team, or its repository was never scanned")
    @GetMapping(PATH)
    Latest latest(@PathVariable String id) {
        TeamScans.Recorded newest = scans.newest(id).orElseThrow(() -> new NotFoundException("team " + id
                + " has no scan yet: push one from its pipeline (maturity-advisor scan . --url ... --team " + id
                + " --token ...) or upload an archive"));
        var scan = newest.scan();
        return new Latest(scan.teamId(), scan.scannedAt().toString(), scan.scannedBy(), scan.tree(), scan.commit(),
                scan.ref(), scan.rulesetVersion(), newest.report());
    }

    private static ResponseEntity<Recorded> created(String id, TeamScans.Recorded recorded) {
        return ResponseEntity.created(URI.create("/api/teams/" + id + "/observations")).body(Recorded.of(recorded));
    }

    /** What an archive is of, as the query says; checked as a pushed report's fields are. */
    static TeamScans.Source source(String commit, String ref) {
        if (commit == null && ref == null) {
            return TeamScans.Source.NONE;
        }
        var node = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        node.put("tree", "archive");
        if (commit != null) {
            node.put("commit", commit);
        }
        if (ref != null) {
            node.put("ref", ref);
        }
        return PushedScanJson.read(node).source();
    }

    /** The multipart form, for the OpenAPI document. */
    @Schema(name = "ArchiveUpload")
    record ArchiveForm(@Schema(type = "string", format = "binary", description = "A zip or tar.gz of the repository")
                       String archive) {
    }

    /** The pushed report, for the OpenAPI document (read by {@link PushedScanJson}, field by field). */
    @Schema(name = "PushedScanReport", description = "What `maturity-advisor scan --format json` prints, with the "
            + "optional commit and ref")
    record PushedReportDoc(String tree, String rulesetVersion, List<ObservationDoc> observations,
                           List<String> notFound, int filesSeen, int filesRead,
                           java.util.Map<String, SkippedDoc> skipped,
                           @Schema(description = "40 hex digits", pattern = "^[0-9a-f]{40}$") String commit,
                           @Schema(description = "the branch or tag scanned") String ref) {
    }

    record ObservationDoc(String practice, String value, int rank, List<SightingDoc> sightings) {
    }

    record SightingDoc(String detector, String path, int line, String text) {
    }

    record SkippedDoc(int count, List<String> examples) {
    }
}
