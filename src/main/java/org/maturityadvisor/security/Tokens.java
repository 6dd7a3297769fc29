package org.maturityadvisor.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.organisation.GroupTree;
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
    private final CurrentAccess current;
    private final TeamPlaces places;

    Tokens(ApiTokens tokens, TokenStore store, SecuritySettings settings, SecurityAudit audit, CurrentAccess current,
           TeamPlaces places) {
        this.tokens = tokens;
        this.store = store;
        this.settings = settings.tokens();
        this.audit = audit;
        this.current = current;
        this.places = places;
    }

    SecuritySettings.Tokens settings() {
        return settings;
    }

    /** Where a new token reaches: a group or a team (both null: as far as its owner), and whether only to read. */
    record Scope(String group, String team, boolean readOnly) {
        static final Scope OWNERS = new Scope(null, null, false);
    }

    /** A new token of the caller's; its secret is in the answer only. {@code role}, {@code days}: null for defaults. */
    ApiTokens.Issued create(Authentication authentication, String name, String roleLabel, Integer days) {
        return create(authentication, name, roleLabel, days, Scope.OWNERS);
    }

    /**
     * The same, reaching only as far as {@code scope}. A group or team the creator holds no role on is refused as
     * unknown, exactly as a missing one: a token request never tells whether it exists.
     */
    ApiTokens.Issued create(Authentication authentication, String name, String roleLabel, Integer days,
                            Scope scope) {
        Caller caller = Caller.of(authentication);
        if (caller.kind() != SignIn.PASSWORD) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "requires a password sign-in: a "
                    + caller.kind().name().toLowerCase(Locale.ROOT) + " cannot create API tokens");
        }
        List<InputError> errors = new ArrayList<>();
        AccountPolicy.refuseName(name).ifPresent(reason -> errors.add(new InputError("name", reason)));
        String group = blankToNull(scope.group());
        String team = blankToNull(scope.team());
        GroupTree tree = current.tree();
        String teamGroup = null;
        if (group != null && team != null) {
            errors.add(new InputError("team", "a token reaches one group or one team, not both: leave group empty"));
        } else if (team != null) {
            teamGroup = places.of(team).map(TeamPlaces.Place::group).orElse(null);
            if (places.of(team).isEmpty()) {
                errors.add(new InputError("team", "no team " + team));
            }
        } else if (group != null && tree.group(group).isEmpty()) {
            errors.add(new InputError("group", "no group " + group));
        }
        Reach reach = new Reach(null, group, team, teamGroup, scope.readOnly());
        Role creator = errors.isEmpty() ? new Access(current.access().grants(), reach).anywhere(tree).orElse(null)
                : null;
        if (errors.isEmpty() && creator == null && team == null && group == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "you hold no role a token could act with");
        }
        if (errors.isEmpty() && creator == null) {
            // the creator holds no role there: refused as if it did not exist, so no name leaks
            errors.add(team != null ? new InputError("team", "no team " + team)
                    : new InputError("group", "no group " + group));
        }
        Role role = roleLabel == null ? creator : Role.of(roleLabel).orElse(null);
        if (role == null && roleLabel != null) {
            errors.add(new InputError("role", "expected one of " + Role.labels() + ", got " + roleLabel));
        }
        int lifetime = days == null ? settings.defaultDays() : days;
        TokenPolicy.refuseDays(lifetime, settings.maxDays()).ifPresent(reason -> errors.add(new InputError(
                "expiresInDays", reason)));
        InvalidInputException.throwIfAny(SUBJECT, errors);
        TokenPolicy.refuseRole(creator, role).ifPresent(reason -> {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, reason);
        });
        ApiTokens.Issued issued = tokens.issue(name, caller.name(), role, lifetime, new TokenStore.Scope(group, team,
                scope.readOnly(), false)).orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                "a token named " + name + " exists"));
        StoredToken stored = issued.stored();
        audit.record(caller.name(), AuditAction.TOKEN_CREATED, "expires " + stored.expiresAt(),
                ApiTokenAuthentication.PREFIX + stored.name() + " as " + role.label() + reachWords(stored));
        return issued;
    }

    /** " on team x, read only": the token's reach in words (empty for a token reaching as far as its owner). */
    static String reachWords(StoredToken token) {
        String where = token.team() != null ? " on team " + token.team()
                : token.group() != null ? " on group " + token.group() : "";
        return where + (token.readOnly() ? ", read only" : "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
