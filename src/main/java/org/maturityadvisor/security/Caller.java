package org.maturityadvisor.security;

import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Who is calling, as the audit trail names them, their role, and how they signed in. */
record Caller(String name, Optional<Role> role, SignIn kind) {


    static Caller of(Authentication authentication) {
        SignIn kind = authentication instanceof ApiTokenAuthentication ? SignIn.TOKEN
                : authentication instanceof JwtAuthenticationToken ? SignIn.JWT : SignIn.PASSWORD;
        if (!(authentication instanceof UsernamePasswordAuthenticationToken) && kind == SignIn.PASSWORD) {
            throw new IllegalStateException("unexpected sign-in " + authentication.getClass().getName());
        }
        return new Caller(authentication.getName(), Role.highest(authentication.getAuthorities()), kind);
    }

    boolean isAdmin() {
        return role.filter(Role.ADMIN::equals).isPresent();
    }
}
