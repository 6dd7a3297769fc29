package org.maturityadvisor.security;

import java.util.Optional;

/**
 * A role a user holds: on the whole organisation ({@code group} null) or on a group, which covers its sub-groups.
 * Viewer and assessor may be granted on a group; analyst and admin change rules and users for everyone, so they are
 * organisation-wide only.
 */
record Grant(Role role, String group) {

    Grant {
        java.util.Objects.requireNonNull(role, "role");
    }

    boolean organisationWide() {
        return group == null;
    }

    /** Why this role may not be granted on this group, or empty when it may. */
    static Optional<String> refuse(Role role, String group) {
        if (group != null && role.includes(Role.ANALYST)) {
            return Optional.of(role.label() + " is granted on the whole organisation only (it changes the rules or "
                    + "the users of every team): grant it without a group");
        }
        return Optional.empty();
    }
}
