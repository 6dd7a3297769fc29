package org.maturityadvisor.web;

import org.maturityadvisor.trace.TableTrace;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Trace on the table: one model's table rows marked with what a result made of each, the team's answer beside it. */
@RestController
class TraceController {

    private final Traces traces;

    TraceController(Traces traces) {
        this.traces = traces;
    }

    @Operation(operationId = "traceAssessment", summary = "Trace one model's result on its table (nothing stored)",
            description = "The same team input as POST /api/assessments, assessed under the active rule set; the "
                    + "answer is the model's table rows (Model, Levels, Dimensions, Criteria/Tests/Statements) in "
                    + "table order, each with its file, sheet and row (a CSV table's line), its cells as typed, a "
                    + "mark (deciding, blocking-absent, blocking-unknown, stale, met, not-applicable, not-blocking, "
                    + "none) with a note saying why, and the team's answer beside each criterion row.")
    @ApiResponse(responseCode = "200", description = "The trace")
    @ApiResponse(responseCode = "404", description = "The rule set has no such model")
    @PostMapping(path = "/api/assessments/trace", consumes = MediaType.APPLICATION_JSON_VALUE)
    TableTrace trace(@RequestBody String body,
                     @Parameter(description = "the model's id, e.g. google") @RequestParam String model) {
        return traces.ofInput(body, model);
    }

    @Operation(operationId = "traceStoredAssessment", summary = "Trace one model of a stored assessment on its table",
            description = "The stored assessment explained again under its own rule-set version, traced on that "
                    + "version's tables (the shape of POST /api/assessments/trace).")
    @ApiResponse(responseCode = "200", description = "The trace")
    @ApiResponse(responseCode = "404", description = "No such team, assessment, or model of its rule-set version")
    @GetMapping("/api/teams/{id}/assessments/{seq}/trace")
    TableTrace stored(@PathVariable String id, @PathVariable int seq,
                      @Parameter(description = "the model's id, e.g. google") @RequestParam String model) {
        return traces.ofStored(id, seq, model);
    }
}
