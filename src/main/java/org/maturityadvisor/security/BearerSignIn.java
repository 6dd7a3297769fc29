package org.maturityadvisor.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * {@code Authorization: Bearer ...}: a personal API token (it starts with {@code mat_}) or, when an OIDC issuer is
 * configured, a JWT. Without an issuer, anything that is not an API token is refused: it never reaches a decoder.
 */
final class BearerSignIn implements AuthenticationManager {

    private final ApiTokens tokens;
    private final JwtAuthenticationProvider jwt;

    /** @param decoder the issuer's decoder (Spring Boot's, from {@code spring.security.oauth2.resourceserver.jwt.*}), or null */
    BearerSignIn(ApiTokens tokens, JwtDecoder decoder, SecuritySettings settings) {
        this.tokens = tokens;
        if (decoder == null) {
            this.jwt = null;
        } else {
            this.jwt = new JwtAuthenticationProvider(decoder);
            this.jwt.setJwtAuthenticationConverter(new JwtRoles(settings.jwt(), settings.oidc()));
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (token.startsWith(ApiTokens.PREFIX)) {
            return tokens.authenticate(token);
        }
        if (jwt == null || token.chars().filter(c -> c == '.').count() != 2) {
            throw new InvalidBearerTokenException("not an API token (mat_...)"
                    + (jwt == null ? "; no OIDC issuer is configured for JWTs" : " nor a JWT"));
        }
        return jwt.authenticate(authentication);
    }
}
