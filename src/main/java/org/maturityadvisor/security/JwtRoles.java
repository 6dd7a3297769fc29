package org.maturityadvisor.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * An OIDC issuer's JWT as a caller: the role claim (a string or a list) mapped to the highest of the four roles it
 * names, the principal claim (the subject by default) as its name, prefixed {@code jwt:}. The prefix keeps a JWT's
 * caller apart from local users and API tokens ({@code token:<name>}), whose names never hold a colon: a JWT whose
 * subject is {@code alice} is {@code jwt:alice} in the audit trail and in {@code /api/me}, and never owns alice's
 * tokens.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String PREFIX = "jwt:";

    private final SecuritySettings.Jwt settings;

    JwtRoles(SecuritySettings.Jwt settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = role(jwt).map(Role::authorities).orElse(List.of());
        String name = jwt.getClaimAsString(settings.principalClaim());
        if (name == null) {
            name = jwt.getSubject();
        }
        if (name == null || name.isBlank()) {
            throw new InvalidBearerTokenException("the JWT names no caller: neither claim " + settings.principalClaim()
                    + " nor a subject");
        }
        return new JwtAuthenticationToken(jwt, authorities, PREFIX + name);
    }

    Optional<Role> role(Jwt jwt) {
        Object claim = jwt.getClaims().get(settings.roleClaim());
        List<?> values = claim instanceof Collection<?> many ? List.copyOf(many) : claim == null ? List.of()
                : List.of(claim);
        return values.stream().map(String::valueOf).map(this::mapped).flatMap(Optional::stream)
                .max(Enum::compareTo);
    }

    private Optional<Role> mapped(String value) {
        Role configured = settings.roleValues().get(value);
        return configured != null ? Optional.of(configured) : Role.of(value);
    }
}
