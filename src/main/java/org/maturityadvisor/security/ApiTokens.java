package org.maturityadvisor.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: {@code mat_} and 43 characters of 256 random bits, so a token is recognised (and never mistaken
 * for a JWT) and cannot be guessed; only its SHA-256 is stored. At every use the owner must still exist and be
 * enabled, and the token acts with the lower of its role and the owner's current role.
 */
@Service
class ApiTokens {

    static final String PREFIX = "mat_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore tokens;
    private final UserStore users;
    private final SecurityAudit audit;
    private final GrantStore grants;
    private final TeamPlaces places;
    private final CurrentAccess current;

    ApiTokens(TokenStore tokens, UserStore users, SecurityAudit audit, GrantStore grants, TeamPlaces places,
              CurrentAccess current) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.grants = grants;
        this.places = places;
        this.current = current;
    }

    /** A new token, shown once; empty when the name is taken. */
    record Issued(StoredToken stored, String token) {
    }

    /** A new pipeline token of {@code team}, shown once; empty when the name is taken. */
    Optional<Issued> issue(String name, String owner, Role role, int days, String team) {
        return issue(name, owner, role, days, new TokenStore.Scope(null, team, false, true));
    }

    /** A new token reaching as far as {@code scope}, shown once; empty when the name is taken. */
    Optional<Issued> issue(String name, String owner, Role role, int days, TokenStore.Scope scope) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var now = audit.now();
        return tokens.create(name, owner, role, sha256(token), now, now.plusDays(days), scope)
                .map(stored -> new Issued(stored, token));
    }

    Authentication authenticate(String token) {
        StoredToken stored = tokens.byHash(sha256(token))
                .orElseThrow(() -> new InvalidBearerTokenException("unknown or revoked API token"));
        var now = audit.now();
        if (!now.isBefore(stored.expiresAt())) {
            throw new InvalidBearerTokenException("the API token " + stored.name() + " expired at "
                    + stored.expiresAt());
        }
        UserAccount owner = users.find(stored.owner()).filter(user -> !user.disabled())
                .orElseThrow(() -> new DisabledException("the owner of API token " + stored.name() + " is disabled"));
        // the token's reach is checked against its owner's grants as they are now, at every use
        String teamGroup = stored.team() == null ? null : places.of(stored.team()).map(TeamPlaces.Place::group)
                .orElse(null);
        Access access = new Access(grants.of(owner.name()).orElse(Grants.NONE), stored.reach(teamGroup));
        var tree = current.tree();
        if (stored.pipeline() && access.onTeam(stored.team(), teamGroup, tree).filter(role -> role.includes(
                Role.ASSESSOR)).isEmpty()) {
            throw new DisabledException("the owner of pipeline token " + stored.name() + " is no longer an assessor "
                    + "of team " + stored.team());
        }
        tokens.used(stored.id(), now);
        return new ApiTokenAuthentication(stored, access.anywhere(tree).orElse(null), access);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
