package org.maturityadvisor.web;

import java.io.IOException;

import org.maturityadvisor.runtime.ArchiveScan;
import org.maturityadvisor.scan.ScanRefusedException;
import org.maturityadvisor.scan.ScanReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
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
 * {@code POST /api/scan}: an archive of a repository in, what its files show out (the scan report), nothing stored.
 * The archive comes as the raw body with an archive content type, or as the multipart field {@code archive}.
 */
@RestController
class ScanController {

    static final String PATH = "/api/scan";
    static final String[] ARCHIVE_TYPES = {"application/zip", "application/gzip", "application/x-gzip",
        "application/x-tar+gzip"};

    private final ArchiveScan scans;

    ScanController(ArchiveScan scans) {
        this.scans = scans;
    }

    @Operation(operationId = "scanArchive", summary = "Scan a repository archive (nothing stored)",
            description = "Reads a zip or tar.gz of a repository in memory with the active rule set's detectors and "
                    + "answers with each practice observed (value and sightings: path, line, matched text, detector), "
                    + "the practices looked for and not found, and the entries skipped by reason. Nothing in the "
                    + "archive is run. The raw body carries the archive; ?name= names the tree in the report.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The scan report",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                schema = @Schema(implementation = ScanReport.class))),
                @ApiResponse(responseCode = "400", description = "Archive refused (zip-slip, absolute path, bomb, "
                        + "too many entries, not a zip or tar.gz): errors name the entry"),
                @ApiResponse(responseCode = "413", description = "Archive over maturity.scan.max-archive-bytes")})
    @PostMapping(path = PATH, consumes = {"application/zip", "application/gzip", "application/x-gzip",
        "application/x-tar+gzip"}, produces = MediaType.APPLICATION_JSON_VALUE)
    ScanReport raw(HttpServletRequest request, @RequestParam(defaultValue = "upload") String name)
            throws IOException {
        if (request.getContentLengthLong() > scans.maxArchiveBytes()) {
            throw scans.tooLarge();
        }
        return scan(scans.read(request.getInputStream()), name);
    }

    @Operation(operationId = "scanArchive", summary = "Scan a repository archive uploaded as a form (nothing stored)",
            description = "The same scan, the archive in the multipart field archive (its file name names the tree).")
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ScanReport multipart(@RequestPart(ArchiveScan.FIELD) MultipartFile archive) throws IOException {
        if (archive.getSize() > scans.maxArchiveBytes()) {
            throw scans.tooLarge();
        }
        return scan(archive.getBytes(), archive.getOriginalFilename());
    }

    private ScanReport scan(byte[] bytes, String name) {
        try {
            return scans.scan(bytes, name);
        } catch (ScanRefusedException e) {
            throw ArchiveScan.invalid(e, name);
        }
    }
}
