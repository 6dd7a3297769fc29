package org.maturityadvisor.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.maturityadvisor.wire.WireId;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The four roles, lowest first; each includes every role below it. A caller is granted the authority of its role and
 * of every role below ({@code ROLE_ADMIN, ROLE_ANALYST, ...}), so a rule names only the least role it needs.
 */
public enum Role implements WireId {
    VIEWER, ASSESSOR, ANALYST, ADMIN;

    /** The name used in the API, the database and refusals: {@code viewer}, {@code assessor}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The wire id: the same as the label. */
    @Override
    public String id() {
        return label();
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the request's caller holds this role (or one above it, which includes it). */
    public boolean heldBy(HttpServletRequest request) {
        return request.isUserInRole(name());
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values()).filter(this::includes)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    /** The role named (any case, surrounding blanks ignored), if it is one. */
    public static Optional<Role> of(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = label.strip();
        return Arrays.stream(values()).filter(role -> role.label().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The highest role a caller holds, judged by its authorities; empty when it holds none. */
    public static Optional<Role> highest(java.util.Collection<? extends GrantedAuthority> authorities) {
        return Arrays.stream(values()).filter(role -> authorities.stream()
                .anyMatch(granted -> role.authority().equals(granted.getAuthority())))
                .reduce((low, high) -> high);
    }

    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(Role::label).toList());
    }
}
