package org.maturityadvisor.web;

import java.util.List;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.report.RoadmapCsv;
import org.maturityadvisor.report.RoadmapMarkdown;
import org.maturityadvisor.simulation.Roadmap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a roadmap is answered: {@code ?format=json|md|csv} when given, else by {@code Accept} ({@code text/markdown},
 * {@code text/csv}), else JSON. Markdown and CSV come as a download named after the team.
 */
enum RoadmapFormat {
    JSON, MD, CSV;

    static final String MARKDOWN = "text/markdown";
    static final String TEXT_CSV = "text/csv";

    static RoadmapFormat of(String format, String accept) {
        if (format != null) {
            return switch (format) {
                case "json" -> JSON;
                case "md" -> MD;
                case "csv" -> CSV;
                default -> throw new InvalidInputException("request parameter", List.of(new InputError("format",
                        "expected json, md or csv, got " + Echo.quoted(format))));
            };
        }
        for (MediaType type : MediaType.parseMediaTypes(accept == null ? "" : accept)) {
            if (type.isWildcardType()) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.parseMediaType(MARKDOWN))) {
                return MD;
            }
            if (type.isCompatibleWith(MediaType.parseMediaType(TEXT_CSV))) {
                return CSV;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return JSON;
            }
        }
        return JSON;
    }

    ResponseEntity<?> answer(Roadmap roadmap, String fileName) {
        return switch (this) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(roadmap);
            case MD -> document(MARKDOWN, fileName + ".md", RoadmapMarkdown.of(roadmap));
            case CSV -> document(TEXT_CSV, fileName + ".csv", RoadmapCsv.of(roadmap));
        };
    }

    private static ResponseEntity<String> document(String type, String fileName, String text) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(text);
    }
}
