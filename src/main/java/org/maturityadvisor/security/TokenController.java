package org.maturityadvisor.security;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens over HTTP ({@link Tokens} decides): created by a user signed in with their password, listed and
 * revoked by their owner; an admin may list ({@code ?all=true}) and revoke anyone's.
 */
@RestController
class TokenController {

    private final Tokens tokens;

    TokenController(Tokens tokens) {
        this.tokens = tokens;
    }

    /**
     * @param group    issue 27: the token reaches only this group and its sub-groups (a group id)
     * @param team     issue 27: the token reaches only this team (a CI gate's token); not with {@code group}
     * @param readOnly issue 27: the token may only read (GET, HEAD) and call what stores nothing
     */
    record NewToken(String name, String role, Integer expiresInDays, String group, String team, Boolean readOnly) {
    }

    /** The token itself appears here only, once. */
    record Created(long id, String name, String owner, Role role, String createdAt, String expiresAt,
                   String token, @JsonInclude(JsonInclude.Include.NON_NULL) String group,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String team, boolean readOnly) {
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Created: the secret is shown once")
    @Operation(operationId = "createToken")
    @PostMapping(path = "/api/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> create(@RequestBody NewToken request, Authentication authentication) {
        ApiTokens.Issued issued = tokens.create(authentication, request.name(), request.role(),
                request.expiresInDays(), new Tokens.Scope(request.group(), request.team(),
                        Boolean.TRUE.equals(request.readOnly())));
        StoredToken stored = issued.stored();
        return ResponseEntity.created(URI.create("/api/tokens/" + stored.id())).body(new Created(stored.id(),
                stored.name(), stored.owner(), stored.role(), stored.createdAt().toString(),
                stored.expiresAt().toString(), issued.token(), stored.group(), stored.team(), stored.readOnly()));
    }

    @Operation(operationId = "listTokens")
    @GetMapping("/api/tokens")
    List<StoredToken.View> list(@RequestParam(defaultValue = "false") boolean all, Authentication authentication) {
        return tokens.list(authentication, all).stream().map(StoredToken::view).toList();
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "Revoked")
    @Operation(operationId = "revokeToken")
    @DeleteMapping("/api/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication authentication) {
        tokens.revoke(authentication, id);
        return ResponseEntity.noContent().build();
    }
}
