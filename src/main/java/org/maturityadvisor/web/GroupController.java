package org.maturityadvisor.web;

import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupChange;
import org.maturityadvisor.teams.GroupRefusedException;
import org.maturityadvisor.teams.GroupService;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import tools.jackson.databind.JsonNode;

/**
 * The organisation's groups (units and their sub-units): the tree as the caller may see it, and an admin's create,
 * rename, move and delete. Each refusal names the field: 400 for bad input (an unknown parent, a loop, too deep), 404
 * for an unknown group, 409 for an id taken or a group that still holds teams or sub-groups.
 */
@RestController
class GroupController {

    private final GroupService groups;

    GroupController(GroupService groups) {
        this.groups = groups;
    }

    /** One group as listed: {@code inScope} false marks a group shown only as the path to one the caller may read. */
    record GroupEntry(String id, String name, String parent, String path, int depth, boolean inScope,
                      @Schema(description = "teams directly in the group (readable, not archived); null out of scope")
                      Integer teams,
                      @Schema(description = "teams in the group and every group below it; null out of scope")
                      Integer teamsWithin) {
        static GroupEntry of(GroupService.Listed listed) {
            Group group = listed.group();
            return new GroupEntry(group.id(), group.name(), group.parentId(), listed.path(), listed.depth(),
                    listed.inScope(), listed.teams(), listed.teamsWithin());
        }
    }

    /** The groups, units first each followed by its sub-groups; {@code outsideGroups}: teams directly in the organisation. */
    record GroupList(List<GroupEntry> groups,
                     @Schema(description = "teams outside every group; null unless the caller reads the whole organisation")
                     Integer outsideGroups) {
    }

    /** A new group: {@code parent} null (or left out) for a unit directly under the organisation. */
    record NewGroup(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "retail-pricing") String id,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Pricing") String name,
                    @Schema(nullable = true, example = "retail") String parent) {
    }

    /** A change: a new name, a new parent (null: directly under the organisation), or both; a field left out is kept. */
    record GroupPatch(@Schema(example = "Pricing and promotions") String name,
                      @Schema(nullable = true, example = "retail") String parent) {
    }

    /** A group as it is after a change. */
    record GroupView(String id, String name, String parent, String path) {
    }

    @Operation(operationId = "listGroups", summary = "The groups the caller may see, as a tree",
            description = "Units first, each followed by its sub-groups; each with its path in words and how many of "
                    + "the teams the caller may read sit in it. Groups above a readable one are listed as context "
                    + "(inScope false, no counts).")
    @GetMapping(path = "/api/groups", produces = MediaType.APPLICATION_JSON_VALUE)
    GroupList list() {
        GroupService.Listing listing = groups.list();
        return new GroupList(listing.groups().stream().map(GroupEntry::of).toList(), listing.outsideGroups());
    }

    @Operation(operationId = "createGroup", summary = "Create a group (admin)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = NewGroup.class))),
            responses = {
                @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GroupView.class))),
                @ApiResponse(responseCode = "400", description = "A bad id or name, an unknown parent, too deep"),
                @ApiResponse(responseCode = "409", description = "The id is taken")})
    @PostMapping(path = "/api/groups", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GroupView> create(@RequestBody String body, Principal caller) {
        JsonNode input = object(body, Set.of("id", "name", "parent"));
        Group group = groups.create(text(input, "id"), text(input, "name"), text(input, "parent"), caller.getName());
        return ResponseEntity.created(URI.create("/api/groups/" + group.id())).body(view(group));
    }

    @Operation(operationId = "changeGroup", summary = "Rename a group or move it under another parent (admin)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GroupPatch.class))),
            responses = {
                @ApiResponse(responseCode = "200", description = "Changed", content = @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GroupView.class))),
                @ApiResponse(responseCode = "400", description = "A bad name, an unknown parent, a loop, too deep"),
                @ApiResponse(responseCode = "404", description = "No such group")})
    @PatchMapping(path = "/api/groups/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    GroupView change(@PathVariable String id, @RequestBody String body, Principal caller) {
        JsonNode input = object(body, Set.of("name", "parent"));
        Optional<String> name = input.has("name") ? Optional.ofNullable(text(input, "name")).or(() -> {
            throw invalid("name", "required: the group's new name (leave the field out to keep it)");
        }) : Optional.empty();
        Optional<GroupService.Parent> parent = input.has("parent")
                ? Optional.of(new GroupService.Parent(text(input, "parent"))) : Optional.empty();
        return view(groups.change(id, name, parent, caller.getName()));
    }

    @Operation(operationId = "deleteGroup", summary = "Delete an empty group (admin)",
            responses = {
                @ApiResponse(responseCode = "204", description = "Deleted"),
                @ApiResponse(responseCode = "404", description = "No such group"),
                @ApiResponse(responseCode = "409", description = "The group still holds teams or sub-groups")})
    @DeleteMapping("/api/groups/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Principal caller) {
        groups.delete(id, caller.getName());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(GroupRefusedException.class)
    ResponseEntity<ProblemDetail> refused(GroupRefusedException e) {
        GroupChange.Refusal refusal = e.refusal();
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refusal.words());
        problem.setTitle(switch (refusal.kind()) {
            case INVALID -> "Invalid group";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Refused";
        });
        if (refusal.kind() == GroupChange.Kind.INVALID) {
            problem.setType(ProblemResponses.INVALID_INPUT);
        }
        List<InputError> errors = refusal.problems().stream().map(p -> new InputError(p.field(), p.reason())).toList();
        problem.setProperty("errors", errors);
        problem.setProperty("totalErrors", errors.size());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private GroupView view(Group group) {
        return new GroupView(group.id(), group.name(), group.parentId(), groups.tree().pathWords(group.id()));
    }

    /** The body as a JSON object with only these fields, each a string or null; else 400 naming the field. */
    private static JsonNode object(String body, Set<String> fields) {
        JsonNode input;
        try {
            input = TeamInputReader.parse(body);
        } catch (InvalidInputException e) {
            throw e.as("group");
        }
        if (!input.isObject()) {
            throw invalid("(body)", "expected a JSON object with " + String.join(", ", fields.stream().sorted()
                    .toList()));
        }
        List<InputError> errors = new ArrayList<>();
        input.properties().forEach(field -> {
            if (!fields.contains(field.getKey())) {
                errors.add(new InputError(field.getKey(), "unknown field; expected " + String.join(", ",
                        fields.stream().sorted().toList())));
            } else if (!field.getValue().isNull() && !field.getValue().isString()) {
                errors.add(new InputError(field.getKey(), "expected text or null, got " + field.getValue()
                        .getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            }
        });
        InvalidInputException.throwIfAny("group", errors);
        return input;
    }

    private static String text(JsonNode input, String field) {
        JsonNode node = input.get(field);
        return node == null || node.isNull() ? null : node.stringValue().strip();
    }

    private static InvalidInputException invalid(String field, String reason) {
        return new InvalidInputException("group", List.of(new InputError(field, reason)));
    }
}
