package org.maturityadvisor.security;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An API token as stored: never the token itself, only its hash. A personal token acts for its owner, within its
 * reach: the whole of the owner's grants, one group ({@code group}) or one team ({@code team}), perhaps read only. A
 * pipeline token ({@code pipeline}, with its {@code team}) may only push that team's observations.
 */
record StoredToken(long id, String name, String owner, Role role, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                   OffsetDateTime lastUsedAt, String team, String group, boolean readOnly, boolean pipeline) {

    StoredToken(long id, String name, String owner, Role role, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                OffsetDateTime lastUsedAt) {
        this(id, name, owner, role, createdAt, expiresAt, lastUsedAt, null, null, false, false);
    }

    /**
     * What the API shows of a token; {@code team} for a pipeline token or one scoped to a team, {@code group} for one
     * scoped to a group.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ApiToken")
    record View(long id, String name, String owner, Role role, String createdAt, String expiresAt,
                String lastUsedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String team,
                @JsonInclude(JsonInclude.Include.NON_NULL) String group, boolean readOnly) {
    }

    View view() {
        return new View(id, name, owner, role, createdAt.toString(), expiresAt.toString(),
                lastUsedAt == null ? null : lastUsedAt.toString(), team, group, readOnly);
    }

    /** How far the token reaches, its team's group given (null: the team is directly in the organisation). */
    Reach reach(String teamGroup) {
        return new Reach(role, group, team, teamGroup, readOnly);
    }
}
