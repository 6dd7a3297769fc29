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

    ApiTokens(TokenStore tokens, UserStore users, SecurityAudit audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    /** A new token, shown once; empty when the name is taken. */
    record Issued(StoredToken stored, String token) {
    }

    Optional<Issued> issue(String name, String owner, Role role, int days) {
        return issue(name, owner, role, days, null);
    }

    /** A new pipeline token of {@code team} (null: a personal token), shown once; empty when the name is taken. */
    Optional<Issued> issue(String name, String owner, Role role, int days, String team) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var now = audit.now();
        return tokens.create(name, owner, role, sha256(token), now, now.plusDays(days), team)
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
        if (stored.pipeline() && !owner.role().includes(Role.ASSESSOR)) {
            throw new DisabledException("the owner of pipeline token " + stored.name() + " is no longer an assessor");
        }
        Role role = owner.role().includes(stored.role()) ? stored.role() : owner.role();
        tokens.used(stored.id(), now);
        return new ApiTokenAuthentication(stored, role);
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
