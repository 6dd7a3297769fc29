package org.maturityadvisor.security;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An API token as stored: never the token itself, only its hash. A personal token acts for its owner; a pipeline
 * token ({@code team} set) may only push that team's observations.
 */
record StoredToken(long id, String name, String owner, Role role, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                   OffsetDateTime lastUsedAt, String team) {

    StoredToken(long id, String name, String owner, Role role, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                OffsetDateTime lastUsedAt) {
        this(id, name, owner, role, createdAt, expiresAt, lastUsedAt, null);
    }

    /** What the API shows of a token; {@code team} only for a pipeline token. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ApiToken")
    record View(long id, String name, String owner, Role role, String createdAt, String expiresAt,
                String lastUsedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String team) {
    }

    View view() {
        return new View(id, name, owner, role, createdAt.toString(), expiresAt.toString(),
                lastUsedAt == null ? null : lastUsedAt.toString(), team);
    }

    boolean pipeline() {
        return team != null;
    }
}
