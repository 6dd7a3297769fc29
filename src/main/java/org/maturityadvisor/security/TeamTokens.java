package org.maturityadvisor.security;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.TeamArchivedException;
import org.maturityadvisor.store.TeamStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Pipeline tokens: API tokens scoped to one team, which its CI uses to push what the team's repository shows
 * ({@code POST /api/teams/{id}/observations}) and nothing else ({@link TeamScope}). An assessor issues one (not with
 * a token: a token mints no tokens), sees it once, lists and revokes the team's; each issue and revocation is audited.
 * The token acts only while its issuer is enabled and still an assessor.
 */
@Service
public class TeamTokens {

    /** What a refusal of a pipeline token's fields says was invalid: "Invalid pipeline token request". */
    static final String SUBJECT = "pipeline token request";

    private final ApiTokens tokens;
    private final TokenStore store;
    private final TeamStore teams;
    private final SecuritySettings.Tokens settings;
    private final SecurityAudit audit;

    TeamTokens(ApiTokens tokens, TokenStore store, TeamStore teams, SecuritySettings settings, SecurityAudit audit) {
        this.tokens = tokens;
        this.store = store;
        this.teams = teams;
        this.settings = settings.tokens();
        this.audit = audit;
    }

    /** A new pipeline token: its secret is here only, once (Serializable: the redirect's flash attribute). */
    public record Issued(String name, String token, String team, String expiresAt) {
    }

    /** A pipeline token as listed: never its secret. */
    public record Listed(String name, String owner, String createdAt, String expiresAt, String lastUsedAt) {
    }

    /** The days a pipeline token lives when none are given, and at most. */
    public int defaultDays() {
        return settings.defaultDays();
    }

    public int maxDays() {
        return settings.maxDays();
    }

    /** @param days null for the default lifetime */
    public Issued issue(Authentication authentication, String team, String name, Integer days) {
        Caller caller = Caller.of(authentication);
        if (teams.team(team).orElseThrow(() -> new NotFoundException("no team " + team)).archived()) {
            throw new TeamArchivedException(team); // a pipeline token pushes observations, which it may not take
        }
        if (caller.kind() == SignIn.TOKEN) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "an API token cannot issue pipeline tokens: "
                    + "sign in with a password");
        }
        List<InputError> errors = new ArrayList<>();
        AccountPolicy.refuseName(name).ifPresent(reason -> errors.add(new InputError("name", reason)));
        int lifetime = days == null ? settings.defaultDays() : days;
        TokenPolicy.refuseDays(lifetime, settings.maxDays()).ifPresent(reason -> errors.add(new InputError("days",
                reason)));
        InvalidInputException.throwIfAny(SUBJECT, errors);
        ApiTokens.Issued issued = tokens.issue(name, caller.name(), Role.ASSESSOR, lifetime, team).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.CONFLICT, "a token named " + name + " exists"));
        StoredToken stored = issued.stored();
        audit.record(caller.name(), AuditAction.TOKEN_CREATED, "expires " + stored.expiresAt(),
                ApiTokenAuthentication.PREFIX + stored.name() + " as the pipeline of team " + team);
        return new Issued(stored.name(), issued.token(), team, stored.expiresAt().toString());
    }

    public List<Listed> list(String team) {
        team(team);
        return store.ofTeam(team).stream().map(token -> new Listed(token.name(), token.owner(),
                token.createdAt().toString(), token.expiresAt().toString(), text(token.lastUsedAt()))).toList();
    }

    public void revoke(Authentication authentication, String team, String name) {
        Caller caller = Caller.of(authentication);
        team(team);
        StoredToken token = store.ofTeam(team).stream().filter(found -> found.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("team " + team + " has no pipeline token " + name));
        store.delete(token.id());
        audit.record(caller.name(), AuditAction.TOKEN_REVOKED, "revoked", ApiTokenAuthentication.PREFIX
                + token.name() + " of team " + team + "'s pipeline");
    }

    private void team(String team) {
        teams.team(team).orElseThrow(() -> new NotFoundException("no team " + team));
    }

    private static String text(OffsetDateTime at) {
        return at == null ? null : at.toString();
    }
}
