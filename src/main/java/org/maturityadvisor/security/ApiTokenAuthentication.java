package org.maturityadvisor.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A caller signed in with an API token; its name in the audit trail is {@code token:<name>}. A pipeline token holds
 * no role: {@link TeamScope} admits it to its team's observations and to nothing else.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    static final String PREFIX = "token:";

    private final StoredToken token;
    private final Role role;
    private final Access access;

    /** @param role the highest role the token holds anywhere within its reach (null: none) */
    ApiTokenAuthentication(StoredToken token, Role role, Access access) {
        super(token.pipeline() || role == null ? java.util.List.of() : role.authorities());
        this.token = token;
        this.role = role;
        this.access = access;
        setAuthenticated(true);
    }

    /** What the token may do: its owner's grants, as they are now, within the token's reach. */
    Access access() {
        return access;
    }

    boolean readOnly() {
        return token.readOnly();
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

    /** The team of a pipeline token; empty for a personal token. */
    java.util.Optional<String> team() {
        return token.pipeline() ? java.util.Optional.ofNullable(token.team()) : java.util.Optional.empty();
    }
}
