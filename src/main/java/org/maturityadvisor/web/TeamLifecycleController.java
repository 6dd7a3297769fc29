package org.maturityadvisor.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.store.StoredTeam;
import org.maturityadvisor.teams.TeamChange;
import org.maturityadvisor.teams.TeamLifecycle;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.JsonNode;

/** A team renamed, moved, archived or restored ({@code PATCH}), or deleted with everything it holds (admin only). */
@RestController
class TeamLifecycleController {

    private static final Set<String> FIELDS = Set.of("name", "group", "archived");

    private final TeamLifecycle lifecycle;

    TeamLifecycleController(TeamLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** The body of a change, as documented: each member optional, at least one given. */
    @Schema(name = "TeamChange", description = "What to change about a team; leave out what stays")
    record TeamChangeBody(
            @Schema(description = "The new name (the id stays), by the rules of registration") String name,
            @Schema(description = "The group to move to; null: directly in the organisation",
                    types = {"string", "null"}) String group,
            @Schema(description = "true archives the team (read only, out of the portfolio), false restores it")
            Boolean archived) {
    }

    @Operation(operationId = "changeTeam", summary = "Rename, move, archive or restore a team",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = TeamChangeBody.class))),
            responses = {@ApiResponse(responseCode = "200", description = "the team as it is now"),
                    @ApiResponse(responseCode = "400", description = "a member at fault, named"),
                    @ApiResponse(responseCode = "404", description = "no such team")})
    @PatchMapping(path = "/api/teams/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    StoredTeam change(@PathVariable String id, @RequestBody String body, Principal caller) {
        return lifecycle.change(id, read(body), caller.getName());
    }

    @Operation(operationId = "deleteTeam", summary = "Delete a team with its assessments, scans, plans and pipeline"
            + " tokens (admin)", responses = {@ApiResponse(responseCode = "204", description = "deleted"),
            @ApiResponse(responseCode = "400", description = "confirm missing or not the team's id"),
            @ApiResponse(responseCode = "404", description = "no such team")})
    @DeleteMapping("/api/teams/{id}")
    ResponseEntity<Void> delete(@PathVariable String id,
                                @Parameter(description = "the team's id again, to confirm")
                                @RequestParam(required = false) String confirm, Principal caller) {
        lifecycle.delete(id, confirm, caller.getName());
        return ResponseEntity.noContent().build();
    }

    /** The body read strictly: an unknown member, a name that is not text, archived not a boolean: each named. */
    static TeamChange read(String text) {
        JsonNode body;
        try {
            body = TeamInputReader.parse(text);
        } catch (InvalidInputException e) {
            throw e.as("team change");
        }
        if (!body.isObject()) {
            throw new InvalidInputException("team change", List.of(new InputError("(body)",
                    "expected {\"name\": ..., \"group\": ..., \"archived\": true|false}")));
        }
        List<InputError> errors = new ArrayList<>();
        body.propertyNames().stream().filter(name -> !FIELDS.contains(name)).forEach(name -> errors.add(
                new InputError(name, "unknown member; expected name, group, archived")));
        JsonNode name = body.get("name");
        if (name != null && !name.isString()) {
            errors.add(new InputError("name", "expected the team's new name as text, got " + Echo.of(name.toString())));
        }
        JsonNode group = body.get("group");
        if (group != null && !group.isNull() && !group.isString()) {
            errors.add(new InputError("group", "expected a group's id, or null for directly in the organisation, got "
                    + Echo.of(group.toString())));
        }
        JsonNode archived = body.get("archived");
        if (archived != null && !archived.isBoolean()) {
            errors.add(new InputError("archived", "expected true or false, got " + Echo.of(archived.toString())));
        }
        InvalidInputException.throwIfAny("team change", errors);
        return new TeamChange(name == null ? null : name.stringValue(), group != null,
                group == null || group.isNull() ? null : group.stringValue(),
                archived == null ? null : archived.booleanValue());
    }
}
