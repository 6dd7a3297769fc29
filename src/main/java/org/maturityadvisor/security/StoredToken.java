package org.maturityadvisor.security;

import java.time.OffsetDateTime;

/** A personal API token as stored: never the token itself, only its hash. */
record StoredToken(long id, String name, String owner, Role role, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                   OffsetDateTime lastUsedAt) {

    /** What the API shows of a token. */
    record View(long id, String name, String owner, Role role, String createdAt, String expiresAt,
                String lastUsedAt) {
    }

    View view() {
        return new View(id, name, owner, role, createdAt.toString(), expiresAt.toString(),
                lastUsedAt == null ? null : lastUsedAt.toString());
    }
}
