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
 * tokens. Beside the role, {@code maturity.security.oidc.grants} grant roles on groups (or the organisation) for
 * claim values ({@link #grants}).
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String PREFIX = "jwt:";

    private final SecuritySettings.Jwt settings;
    private final List<SecuritySettings.ClaimGrant> claimGrants;

    JwtRoles(SecuritySettings.Jwt settings, SecuritySettings.Oidc oidc) {
        this.settings = settings;
        this.claimGrants = List.copyOf(oidc.grants());
        for (int i = 0; i < claimGrants.size(); i++) {
            SecuritySettings.ClaimGrant grant = claimGrants.get(i);
            String at = "maturity.security.oidc.grants[" + i + "]";
            if (grant.claim() == null || grant.value() == null || grant.role() == null) {
                throw new IllegalArgumentException(at + ": claim, value and role are all required");
            }
            Grant.refuse(grant.role(), grant.group()).ifPresent(reason -> {
                throw new IllegalArgumentException(at + ": " + reason);
            });
        }
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = grants(jwt).anywhere().map(Role::authorities).orElse(List.of());
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
        return values(jwt, settings.roleClaim()).stream().map(this::mapped).flatMap(Optional::stream)
                .max(Enum::compareTo);
    }

    /**
     * What the JWT is granted: the role its role claim names, on the organisation, and every configured grant whose
     * claim holds the configured value. Read again from the JWT at every request: nothing of it is stored.
     */
    Grants grants(Jwt jwt) {
        List<Grant> granted = claimGrants.stream().filter(grant -> values(jwt, grant.claim()).contains(grant.value()))
                .map(grant -> new Grant(grant.role(), grant.group() == null || grant.group().isBlank() ? null
                        : grant.group())).toList();
        Role organisation = role(jwt).orElse(null);
        for (Grant grant : granted) {
            if (grant.organisationWide()) {
                organisation = Grants.higher(organisation, grant.role());
            }
        }
        return Grants.of(organisation, granted);
    }

    private static List<String> values(Jwt jwt, String name) {
        Object claim = jwt.getClaims().get(name);
        List<?> values = claim instanceof Collection<?> many ? List.copyOf(many) : claim == null ? List.of()
                : List.of(claim);
        return values.stream().map(String::valueOf).toList();
    }

    private Optional<Role> mapped(String value) {
        Role configured = settings.roleValues().get(value);
        return configured != null ? Optional.of(configured) : Role.of(value);
    }
}
