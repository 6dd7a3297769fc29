package org.maturityadvisor.web;

import java.net.URI;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.List;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.store.HistoryEntry;
import org.maturityadvisor.store.Slice;
import org.maturityadvisor.store.StoredAssessment;
import org.maturityadvisor.store.StoredLevel;
import org.maturityadvisor.store.StoredTeam;
import org.maturityadvisor.teams.AssessmentDiff;
import org.maturityadvisor.teams.GroupService;
import org.maturityadvisor.teams.StaleFilter;
import org.maturityadvisor.teams.TeamFreshness;
import org.maturityadvisor.teams.TeamService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonRawValue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import tools.jackson.databind.JsonNode;

/**
 * Teams, their stored assessments and history, and the portfolio. Who acts is the signed-in caller (stored as author:
 * a user name, {@code token:<name>} or a JWT's subject). Lists are read a page at a time: {@code next} is the URL of
 * the next page.
 */
@RestController
class TeamController {

    private final TeamService teams;
    private final TeamFreshness freshness;
    private final GroupService groups;

    TeamController(TeamService teams, TeamFreshness freshness, GroupService groups) {
        this.teams = teams;
        this.groups = groups;
        this.freshness = freshness;
    }

    record Page<T>(List<T> items, String next) {
    }

    /** A new team: {@code id} derived from the name when left out, {@code group} null for directly in the organisation. */
    record NewTeam(@Schema(example = "payments-ml") String id,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Payments ML") String name,
                   @Schema(nullable = true, example = "retail-pricing") String group) {
    }

    /**
     * A registered team with its group: {@code group} its id (null: directly in the organisation), {@code groupPath}
     * the path in words ("Retail › Pricing").
     */
    record TeamDetail(String id, String name, OffsetDateTime createdAt, String createdBy, int assessments,
                      List<StoredLevel> latestLevels, String group, String groupPath, OffsetDateTime archivedAt) {
        static TeamDetail of(StoredTeam team, GroupTree tree) {
            return new TeamDetail(team.id(), team.name(), team.createdAt(), team.createdBy(), team.assessments(),
                    team.latestLevels(), team.groupId(), team.groupId() == null ? null : tree.pathWords(team.groupId()),
                    team.archivedAt());
        }
    }

    @Operation(operationId = "registerTeam", summary = "Register a team, optionally in a group",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = NewTeam.class))),
            responses = @ApiResponse(responseCode = "201", description = "Registered", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TeamDetail.class))))
    @PostMapping(path = "/api/teams", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TeamDetail> register(@RequestBody String body, Principal caller) {
        JsonNode input;
        try {
            input = TeamInputReader.parse(body);
        } catch (InvalidInputException e) {
            throw e.as("team");
        }
        if (!input.isObject()) {
            throw new InvalidInputException("team", List.of(new InputError("(body)", "expected {\"name\": ..., \"id\": ...}")));
        }
        input.propertyNames().stream().filter(name -> !name.equals("id") && !name.equals("name")
                        && !name.equals("group"))
                .findFirst().ifPresent(name -> {
                    throw new InvalidInputException("team", List.of(new InputError(name,
                            "unknown field; expected id, name, group")));
                });
        StoredTeam team = teams.register(text(input.get("id")), text(input.get("name")), text(input.get("group")),
                caller.getName());
        return ResponseEntity.created(URI.create("/api/teams/" + team.id())).body(TeamDetail.of(team, groups.tree()));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isString() ? node.stringValue() : node.toString();
    }

    @GetMapping("/api/teams")
    Page<StoredTeam> teams(@RequestParam(required = false) String after,
                           @RequestParam(defaultValue = "" + Paging.DEFAULT) int limit,
                           @RequestParam(defaultValue = "false") String stale) {
        StaleFilter filter = StaleFilter.of(stale).orElseThrow(() -> new InvalidInputException("paging parameter",
                List.of(new InputError("stale", "expected true (a stale answer today), soon (one turning stale "
                        + "within maturity.evidence.soon-days) or false, got " + Echo.quoted(stale)))));
        Slice<StoredTeam, String> slice = teams.teams(after, Paging.limit(limit), filter);
        return new Page<>(slice.items(), slice.nextKey() == null ? null
                : "/api/teams?after=" + slice.nextKey() + "&limit=" + limit
                + (filter == StaleFilter.ANY ? "" : "&stale=" + filter.id()));
    }

    /** The newest assessment's answers that are stale, or turn stale within {@code maturity.evidence.soon-days}. */
    @GetMapping("/api/teams/{id}/freshness")
    TeamFreshness.Listing freshness(@PathVariable String id) {
        return freshness.of(id);
    }

    @GetMapping("/api/teams/{id}")
    TeamDetail team(@PathVariable String id) {
        return TeamDetail.of(teams.team(id), groups.tree());
    }

    @PostMapping(path = "/api/teams/{id}/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TeamService.Stored> assess(@PathVariable String id, @RequestBody String body,
                                              @RequestParam(defaultValue = "false") boolean confirmName,
                                              Principal caller) {
        TeamService.Stored stored = teams.assess(id, TeamInputReader.parse(body), caller.getName(), confirmName);
        return ResponseEntity.created(URI.create("/api/teams/" + id + "/assessments/" + stored.seq())).body(stored);
    }

    @GetMapping("/api/teams/{id}/assessments")
    Page<HistoryEntry> history(@PathVariable String id, @RequestParam(required = false) Integer before,
                               @RequestParam(defaultValue = "" + Paging.DEFAULT) int limit) {
        Slice<HistoryEntry, Integer> slice = teams.history(id, before, Paging.limit(limit));
        return new Page<>(slice.items(), slice.nextKey() == null ? null
                : "/api/teams/" + id + "/assessments?before=" + slice.nextKey() + "&limit=" + limit);
    }

    /** A stored assessment exactly as stored: its input and its result as they were returned. */
    record StoredView(String team, int seq, String assessedAt, String author, String rulesetVersion,
                      @JsonRawValue String input, @JsonRawValue String result) {
        static StoredView of(StoredAssessment stored) {
            return new StoredView(stored.teamId(), stored.seq(), stored.assessedAt().toString(), stored.author(),
                    stored.rulesetVersion(), stored.input(), stored.result());
        }
    }

    @GetMapping("/api/teams/{id}/assessments/{seq}")
    StoredView assessment(@PathVariable String id, @PathVariable int seq) {
        return StoredView.of(teams.assessment(id, seq));
    }

    @GetMapping("/api/teams/{id}/assessments/{seq}/explain")
    TeamService.Reexplained reexplain(@PathVariable String id, @PathVariable int seq) {
        return teams.reexplain(id, seq);
    }

    @GetMapping("/api/teams/{id}/assessments/{from}/diff/{to}")
    AssessmentDiff diff(@PathVariable String id, @PathVariable int from, @PathVariable int to) {
        return teams.diff(id, from, to);
    }

}
