package org.maturityadvisor.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.AssessmentSummary;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.report.HtmlReport;
import org.maturityadvisor.report.MarkdownReport;
import org.maturityadvisor.report.TextReport;
import org.springframework.http.HttpHeaders;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AssessmentController {

    private final ActiveRuleSet ruleSet;

    AssessmentController(ActiveRuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /**
     * Classifies one team; the body is read strictly so every bad field is reported at once. {@code view=summary}
     * answers with the levels, dimensions, next-level blockers' ids and target only.
     */
    @Operation(operationId = "assessTeam")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The assessment as JSON: "
            + "the full result (view=full, the default) or its summary (view=summary); or, by Accept, a document for "
            + "people", content = {
                @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(anyOf = {AssessmentResult.class,
                        AssessmentSummary.class}))})
    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    Object assess(@RequestBody String body, @RequestParam(defaultValue = "full") String view) {
        Advisor advisor = ruleSet.get();
        TeamProfile team = TeamInputReader.read(body, advisor.catalog()); // the body's errors before the view's
        return switch (view) {
            case "full" -> advisor.assess(team);
            case "summary" -> advisor.summarize(team);
            default -> throw new InvalidInputException("request parameter", List.of(new InputError("view", "expected full or summary, "
                    + "got " + Echo.of(view))));
        };
    }

    private AssessmentResult assess(String body) {
        Advisor advisor = ruleSet.get();
        return advisor.assess(TeamInputReader.read(body, advisor.catalog()));
    }

    static final String MARKDOWN = "text/markdown";

    /** The same assessment as a document for people, by {@code Accept}: Markdown, one printable HTML page, or text. */
    @Operation(operationId = "assessTeam")
    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MARKDOWN, MediaType.TEXT_HTML_VALUE, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<String> report(@RequestBody String body,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, defaultValue = "") String accept) {
        AssessmentResult result = assess(body);
        MediaType type = MediaType.parseMediaTypes(accept).stream().filter(t -> !t.isWildcardType())
                .findFirst().orElse(MediaType.TEXT_PLAIN);
        if (type.isCompatibleWith(MediaType.parseMediaType(MARKDOWN))) {
            return document(MARKDOWN, MarkdownReport.render(result));
        }
        if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
            // its own policy: the service's style-src 'self' would block the report's inline style
            return ResponseEntity.ok().header("Content-Security-Policy", HtmlReport.CONTENT_SECURITY_POLICY)
                    .contentType(MediaType.parseMediaType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8"))
                    .body(HtmlReport.render(result));
        }
        return document(MediaType.TEXT_PLAIN_VALUE, TextReport.render(result));
    }

    private static ResponseEntity<String> document(String type, String text) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type + ";charset=UTF-8")).body(text);
    }
}
