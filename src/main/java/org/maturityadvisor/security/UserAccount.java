package org.maturityadvisor.security;

import java.time.OffsetDateTime;

/**
 * A user who signs in with a password, as stored (the hash never leaves this package); {@code role} is their role on
 * the whole organisation, null when they hold roles on groups only ({@link GrantStore}).
 */
record UserAccount(String name, String passwordHash, Role role, boolean disabled, OffsetDateTime createdAt,
                   int failedSignIns, OffsetDateTime lockedUntil) {

    /**
     * What a sign-in was granted on: the password hash (a new one for every password set, even the same password),
     * the role and whether the user is enabled, hashed. A session whose stamp differs from the stored user's is over.
     * Failed sign-ins and locks are not part of it: they say nothing about who signed in.
     */
    String credentialStamp() {
        return ApiTokens.sha256(passwordHash + "\n" + (role == null ? "" : role.label()) + "\n" + disabled);
    }

    /** What the API shows of a user. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "User")
    record View(String name, Role role, boolean disabled, String createdAt, String lockedUntil) {
    }

    View view() {
        return new View(name, role, disabled, createdAt.toString(),
                lockedUntil == null ? null : lockedUntil.toString());
    }
}
