package org.maturityadvisor.organisation;

import java.util.Objects;
import java.util.Optional;

/**
 * A group of teams: a unit of the organisation ({@code parentId} null) or a sub-unit of another group. The id is a
 * slug like a team's ({@code [a-z0-9]+(-[a-z0-9]+)*}) and never changes; the name can.
 */
public record Group(String id, String name, String parentId) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parentId);
    }

    /** A unit directly under the organisation. */
    public boolean isUnit() {
        return parentId == null;
    }
}
