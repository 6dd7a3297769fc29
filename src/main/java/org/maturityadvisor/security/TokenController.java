package org.maturityadvisor.security;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Personal API tokens: created by a user signed in with their password (a token cannot mint more tokens), listed
 * and revoked by their owner; an admin may list ({@code ?all=true}) and revoke anyone's.
 */
@RestController
class TokenController {

    private final ApiTokens tokens;
    private final TokenStore store;
    private final SecuritySettings.Tokens settings;
    private final SecurityAudit audit;

    TokenController(ApiTokens tokens, TokenStore store, SecuritySettings settings, SecurityAudit audit) {
        this.tokens = tokens;
        this.store = store;
        this.settings = settings.tokens();
        this.audit = audit;
    }

    record NewToken(String name, String role, Integer expiresInDays) {
    }

    /** The token itself appears here only, once. */
    record Created(long id, String name, String owner, Role role, String createdAt, String expiresAt,
                   String token) {
    }

    @PostMapping(path = "/api/tokens", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> create(@RequestBody NewToken request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (caller.kind() != SignIn.PASSWORD) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "requires a password sign-in: a "
                    + caller.kind().name().toLowerCase(Locale.ROOT) + " cannot create API tokens");
        }
        Role creator = caller.role().orElseThrow();
        List<InputError> errors = new java.util.ArrayList<>();
        AccountPolicy.refuseName(request.name()).ifPresent(reason -> errors.add(new InputError("name", reason)));
        Role role = request.role() == null ? creator : Role.of(request.role()).orElse(null);
        if (role == null) {
            errors.add(new InputError("role", "expected one of " + Role.labels() + ", got " + request.role()));
        }
        int days = request.expiresInDays() == null ? settings.defaultDays() : request.expiresInDays();
        TokenPolicy.refuseDays(days, settings.maxDays()).ifPresent(reason -> errors.add(new InputError(
                "expiresInDays", reason)));
        InvalidInputException.throwIfAny("API token request", errors);
        TokenPolicy.refuseRole(creator, role).ifPresent(reason -> {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
        });
        ApiTokens.Issued issued = tokens.issue(request.name(), caller.name(), role, days).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.CONFLICT, "a token named " + request.name() + " exists"));
        StoredToken stored = issued.stored();
        audit.record(caller.name(), AuditAction.TOKEN_CREATED, "expires " + stored.expiresAt(), ApiTokenAuthentication.PREFIX
                + stored.name() + " as " + role.label());
        return ResponseEntity.created(URI.create("/api/tokens/" + stored.id())).body(new Created(stored.id(),
                stored.name(), stored.owner(), role, stored.createdAt().toString(),
                stored.expiresAt().toString(), issued.token()));
    }

    @GetMapping("/api/tokens")
    List<StoredToken.View> list(@RequestParam(defaultValue = "false") boolean all, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return store.list(all && caller.isAdmin() ? null : owner(authentication)).stream().map(StoredToken::view)
                .toList();
    }

    @DeleteMapping("/api/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        StoredToken token = store.byId(id).filter(found -> caller.isAdmin() || found.owner().equals(owner(authentication)))
                .orElseThrow(() -> new NotFoundException("no API token " + id + " of yours"));
        store.delete(token.id());
        audit.record(caller.name(), AuditAction.TOKEN_REVOKED, "revoked", ApiTokenAuthentication.PREFIX + token.name()
                + " of " + token.owner());
        return ResponseEntity.noContent().build();
    }

    /** The user whose tokens these are: the signed-in user, or the owner of the token in use. */
    private static String owner(Authentication authentication) {
        return authentication instanceof ApiTokenAuthentication token ? token.owner() : authentication.getName();
    }
}
