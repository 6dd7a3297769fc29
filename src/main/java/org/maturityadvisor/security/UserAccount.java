package org.maturityadvisor.security;

import java.time.OffsetDateTime;

/** A user who signs in with a password, as stored (the hash never leaves this package). */
record UserAccount(String name, String passwordHash, Role role, boolean disabled, OffsetDateTime createdAt,
                   int failedSignIns, OffsetDateTime lockedUntil) {

    /** What the API shows of a user. */
    record View(String name, String role, boolean disabled, String createdAt, String lockedUntil) {
    }

    View view() {
        return new View(name, role.label(), disabled, createdAt.toString(),
                lockedUntil == null ? null : lockedUntil.toString());
    }
}
