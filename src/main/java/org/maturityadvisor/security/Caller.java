package org.maturityadvisor.security;

import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is calling, as the audit trail names them, their role, and how they signed in. */
record Caller(String name, Optional<Role> role, Kind kind) {

    enum Kind {
        PASSWORD, TOKEN, JWT
    }

    static Caller of(Authentication authentication) {
        Kind kind = authentication instanceof ApiTokenAuthentication ? Kind.TOKEN
                : authentication instanceof JwtAuthenticationToken ? Kind.JWT : Kind.PASSWORD;
        if (!(authentication instanceof UsernamePasswordAuthenticationToken) && kind == Kind.PASSWORD) {
            throw new IllegalStateException("unexpected sign-in " + authentication.getClass().getName());
        }
        return new Caller(authentication.getName(), Role.highest(authentication.getAuthorities()), kind);
    }

    boolean isAdmin() {
        return role.filter(Role.ADMIN::equals).isPresent();
    }
}
