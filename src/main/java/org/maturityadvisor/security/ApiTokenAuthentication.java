package org.maturityadvisor.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A caller signed in with a personal API token; its name in the audit trail is {@code token:<name>}. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    static final String PREFIX = "token:";

    private final StoredToken token;
    private final Role role;

    ApiTokenAuthentication(StoredToken token, Role role) {
        super(role.authorities());
        this.token = token;
        this.role = role;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return PREFIX + token.name();
    }

    @Override
    public String getName() {
        return PREFIX + token.name();
    }

    String owner() {
        return token.owner();
    }

    Role role() {
        return role;
    }
}
