package org.maturityadvisor.security;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** A team's pipeline tokens over HTTP ({@link TeamTokens} decides). */
@RestController
class TeamTokenController {

    private final TeamTokens tokens;

    TeamTokenController(TeamTokens tokens) {
        this.tokens = tokens;
    }

    /** @param days how long the token lives (default and most: {@code maturity.security.tokens.*}) */
    record NewTeamToken(String name, Integer days) {
    }

    @Operation(operationId = "issueTeamToken", summary = "Issue a pipeline token for the team",
            description = "The token may call POST /api/teams/{id}/observations of this team and nothing else. It is "
                    + "shown here once; only its hash is kept.")
    @ApiResponse(responseCode = "201", description = "The token, once")
    @ApiResponse(responseCode = "400", description = "A bad name or number of days, naming the field")
    @ApiResponse(responseCode = "404", description = "No such team")
    @ApiResponse(responseCode = "409", description = "A token of that name exists")
    @PostMapping(path = "/api/teams/{id}/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TeamTokens.Issued> issue(@PathVariable String id, @RequestBody NewTeamToken request,
                                            Authentication authentication) {
        TeamTokens.Issued issued = tokens.issue(authentication, id, request.name(), request.days());
        return ResponseEntity.created(URI.create("/api/teams/" + id + "/tokens/" + issued.name())).body(issued);
    }

    @Operation(operationId = "listTeamTokens", summary = "The team's pipeline tokens", description = "Names, issuers and dates: never a secret.")
    @GetMapping("/api/teams/{id}/tokens")
    List<TeamTokens.Listed> list(@PathVariable String id) {
        return tokens.list(id);
    }

    @Operation(operationId = "revokeTeamToken", summary = "Revoke one of the team's pipeline tokens", description = "It signs nothing in from now on.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No such team, or the team has no token of that name")
    @DeleteMapping("/api/teams/{id}/tokens/{name}")
    ResponseEntity<Void> revoke(@PathVariable String id, @PathVariable String name, Authentication authentication) {
        tokens.revoke(authentication, id, name);
        return ResponseEntity.noContent().build();
    }
}
