package org.maturityadvisor.security;

import java.util.Locale;

import org.maturityadvisor.wire.WireId;

/** How a caller signed in: with a password (a session or HTTP Basic), a personal API token, or a JWT. */
public enum SignIn implements WireId {
    PASSWORD, TOKEN, JWT;

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
