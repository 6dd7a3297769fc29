package org.maturityadvisor.security;

import java.util.Collection;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A caller signed in with their password, carrying the {@link UserAccount#credentialStamp() credential stamp} of the
 * user as they were at sign-in. A browser session keeps this; {@link SessionCheck} compares the stamp with the stored
 * user at every request, so deleting, disabling, changing the role of, or changing the password of a user ends every
 * session they have, on every replica.
 */
final class PasswordAuthentication extends UsernamePasswordAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final String stamp;

    PasswordAuthentication(Object principal, Collection<? extends GrantedAuthority> authorities, String stamp) {
        super(principal, null, authorities);
        this.stamp = stamp;
    }

    String stamp() {
        return stamp;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordAuthentication that && super.equals(that) && stamp.equals(that.stamp);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + stamp.hashCode();
    }
}
