package org.maturityadvisor.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Set;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.simulation.SimulationResult;
import org.maturityadvisor.store.PlanExistsException;
import org.maturityadvisor.teams.SavedPlan;
import org.maturityadvisor.teams.TeamPlans;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/** What-if plans saved per team: list, save, rename or replace, remove, and compare them on the newest answers. */
@RestController
class PlanController {

    private static final Set<String> FIELDS = Set.of("name", "changes");

    private final TeamPlans plans;

    PlanController(TeamPlans plans) {
        this.plans = plans;
    }

    @Operation(operationId = "listPlans")
    @GetMapping("/api/teams/{id}/plans")
    PlanList plans(@PathVariable String id) {
        return new PlanList(plans.plans(id));
    }

    /** {@code {"name": ..., "changes": {"<practiceId>": value or null}}}: 201 with the saved plan. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Saved")
    @Operation(operationId = "savePlan", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RequestBodies.Plan.class))))
    @PostMapping(path = "/api/teams/{id}/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SavedPlan> save(@PathVariable String id, @RequestBody String body, Principal caller) {
        JsonNode input = body(body);
        SavedPlan plan = plans.create(id, name(input), input.get("changes"), caller.getName());
        return ResponseEntity.created(URI.create("/api/teams/" + id + "/plans/" + plan.id())).body(plan);
    }

    /** {@code {"name": ...}}, {@code {"changes": {...}}} or both: the plan renamed and/or its changes replaced. */
    @Operation(operationId = "changePlan", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RequestBodies.Plan.class))))
    @PatchMapping(path = "/api/teams/{id}/plans/{planId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    SavedPlan change(@PathVariable String id, @PathVariable long planId, @RequestBody String body,
                     Principal caller) {
        JsonNode input = body(body);
        return plans.update(id, planId, name(input), input.get("changes"), caller.getName());
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "Deleted")
    @Operation(operationId = "deletePlan")
    @DeleteMapping("/api/teams/{id}/plans/{planId}")
    ResponseEntity<Void> delete(@PathVariable String id, @PathVariable long planId) {
        plans.delete(id, planId);
        return ResponseEntity.noContent().build();
    }

    /** Every saved plan simulated on the team's newest stored answers, as {@code POST /api/simulations} answers. */
    @Operation(operationId = "comparePlans")
    @GetMapping("/api/teams/{id}/plans/compare")
    SimulationResult compare(@PathVariable String id) {
        return plans.compare(id);
    }

    /** The team's saved plans. */
    record PlanList(List<SavedPlan> plans) {
    }

    @ExceptionHandler(PlanExistsException.class)
    ResponseEntity<ProblemDetail> exists(PlanExistsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Plan name taken");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static JsonNode body(String text) {
        JsonNode body;
        try {
            body = TeamInputReader.parse(text);
        } catch (InvalidInputException e) {
            throw e.as("plan");
        }
        if (!body.isObject()) {
            throw new InvalidInputException("plan", List.of(new InputError("(body)",
                    "expected {\"name\": ..., \"changes\": {...}}")));
        }
        List<InputError> errors = body.propertyNames().stream().filter(name -> !FIELDS.contains(name))
                .map(name -> new InputError(name, "unknown field; expected name, changes")).toList();
        InvalidInputException.throwIfAny("plan", errors);
        return body;
    }

    private static String name(JsonNode body) {
        JsonNode name = body.get("name");
        if (name == null || name.isNull()) {
            return null;
        }
        if (!name.isString()) {
            throw new InvalidInputException("plan", List.of(new InputError("name", "expected a string, got "
                    + Echo.of(name.toString()))));
        }
        return name.stringValue();
    }
}
