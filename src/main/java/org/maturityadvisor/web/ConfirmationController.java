package org.maturityadvisor.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.teams.Confirmations;
import org.maturityadvisor.teams.FourEyes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * Four eyes: {@code POST /api/teams/{id}/confirmations} {@code {"practices": [...]}} or {@code {"all": true}} confirms
 * the evidence others recorded behind the team's newest answers, stored as its next assessment.
 */
@RestController
class ConfirmationController {

    private static final Set<String> FIELDS = Set.of("practices", "all");
    private final Confirmations confirmations;

    ConfirmationController(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    /** The stored assessment that records the confirmations, and what each answer had confirmed. */
    record Confirmed(String team, int seq, OffsetDateTime assessedAt, String author, String rulesetVersion,
                     List<FourEyes.Confirmed> confirmed, AssessmentResult result) {
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Stored as the team's next assessment")
    @Operation(operationId = "confirmEvidence", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RequestBodies.Confirmation.class))))
    @PostMapping(path = "/api/teams/{id}/confirmations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Confirmed> confirm(@PathVariable String id, @RequestBody String body, Principal caller) {
        Confirmations.Outcome outcome = confirmations.confirm(id, request(body), caller.getName());
        var stored = outcome.stored();
        return ResponseEntity.created(URI.create("/api/teams/" + id + "/assessments/" + stored.seq()))
                .body(new Confirmed(stored.team(), stored.seq(), stored.assessedAt(), stored.author(),
                        stored.rulesetVersion(), outcome.confirmed(), stored.result()));
    }

    static FourEyes.Request request(String body) {
        JsonNode node;
        try {
            node = TeamInputReader.parse(body);
        } catch (InvalidInputException e) {
            throw e.as("confirmation");
        }
        List<InputError> errors = new ArrayList<>();
        if (!node.isObject()) {
            throw new InvalidInputException("confirmation", List.of(new InputError("(body)",
                    "expected {\"practices\": [\"release.method\", ...]} or {\"all\": true}")));
        }
        node.propertyNames().stream().filter(name -> !FIELDS.contains(name)).forEach(name -> errors.add(
                new InputError(name, "unknown field; expected practices or all")));
        JsonNode all = node.get("all");
        if (all != null && !all.isBoolean()) {
            errors.add(new InputError("all", "expected true or false, got " + Echo.of(all.toString())));
        }
        List<String> practices = new ArrayList<>();
        JsonNode list = node.get("practices");
        if (list != null && !list.isArray()) {
            errors.add(new InputError("practices", "expected an array of practice ids, got "
                    + Echo.of(list.toString())));
        } else if (list != null) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isString()) {
                    practices.add(list.get(i).stringValue());
                } else {
                    errors.add(new InputError("practices[" + i + "]", "expected a practice id, got "
                            + Echo.of(list.get(i).toString())));
                }
            }
        }
        boolean everything = all != null && all.isBoolean() && all.booleanValue();
        if (everything && list != null) {
            errors.add(new InputError("practices", "give practices or \"all\": true, not both"));
        }
        InvalidInputException.throwIfAny("confirmation", errors);
        return new FourEyes.Request(practices, everything);
    }
}
