package org.maturityadvisor.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Personal API tokens as the API ({@code /api/tokens}) and the account page both manage them: created by a user
 * signed in with their password (a token cannot mint more tokens), listed and revoked by their owner; an admin may
 * list and revoke anyone's. Every creation and revocation is audited.
 */
@Service
class Tokens {

    /** What a refusal of a token's fields says was invalid: "Invalid API token request". */
    static final String SUBJECT = "API token request";

    private final ApiTokens tokens;
    private final TokenStore store;
    private final SecuritySettings.Tokens settings;
    private final SecurityAudit audit;

    Tokens(ApiTokens tokens, TokenStore store, SecuritySettings settings, SecurityAudit audit) {
        this.tokens = tokens;
        this.store = store;
        this.settings = settings.tokens();
        this.audit = audit;
    }

    SecuritySettings.Tokens settings() {
        return settings;
    }

    /** A new token of the caller's; its secret is in the answer only. {@code role}, {@code days}: null for defaults. */
    ApiTokens.Issued create(Authentication authentication, String name, String roleLabel, Integer days) {
        Caller caller = Caller.of(authentication);
        if (caller.kind() != SignIn.PASSWORD) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "requires a password sign-in: a "
                    + caller.kind().name().toLowerCase(Locale.ROOT) + " cannot create API tokens");
        }
        Role creator = caller.role().orElseThrow();
        List<InputError> errors = new ArrayList<>();
        AccountPolicy.refuseName(name).ifPresent(reason -> errors.add(new InputError("name", reason)));
        Role role = roleLabel == null ? creator : Role.of(roleLabel).orElse(null);
        if (role == null) {
            errors.add(new InputError("role", "expected one of " + Role.labels() + ", got " + roleLabel));
        }
        int lifetime = days == null ? settings.defaultDays() : days;
        TokenPolicy.refuseDays(lifetime, settings.maxDays()).ifPresent(reason -> errors.add(new InputError(
                "expiresInDays", reason)));
        InvalidInputException.throwIfAny(SUBJECT, errors);
        TokenPolicy.refuseRole(creator, role).ifPresent(reason -> {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
        });
        ApiTokens.Issued issued = tokens.issue(name, caller.name(), role, lifetime).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.CONFLICT, "a token named " + name + " exists"));
        StoredToken stored = issued.stored();
        audit.record(caller.name(), AuditAction.TOKEN_CREATED, "expires " + stored.expiresAt(),
                ApiTokenAuthentication.PREFIX + stored.name() + " as " + role.label());
        return issued;
    }

    /** The caller's own tokens, or every token when an admin asks for all. */
    List<StoredToken> list(Authentication authentication, boolean all) {
        return store.list(all && Caller.of(authentication).isAdmin() ? null : owner(authentication));
    }

    StoredToken revoke(Authentication authentication, long id) {
        Caller caller = Caller.of(authentication);
        StoredToken token = store.byId(id).filter(found -> caller.isAdmin()
                        || found.owner().equals(owner(authentication)))
                .orElseThrow(() -> new NotFoundException("no API token " + id + " of yours"));
        store.delete(token.id());
        audit.record(caller.name(), AuditAction.TOKEN_REVOKED, "revoked", ApiTokenAuthentication.PREFIX
                + token.name() + " of " + token.owner());
        return token;
    }

    /** The user whose tokens these are: the signed-in user, or the owner of the token in use. */
    private static String owner(Authentication authentication) {
        return authentication instanceof ApiTokenAuthentication token ? token.owner() : authentication.getName();
    }
}
