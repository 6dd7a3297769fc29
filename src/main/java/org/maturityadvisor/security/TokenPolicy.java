package org.maturityadvisor.security;

import java.util.Optional;

/** What a personal API token may be: never more than its creator, never forever. */
final class TokenPolicy {

    private TokenPolicy() {
    }

    static Optional<String> refuseRole(Role creator, Role requested) {
        return creator.includes(requested) ? Optional.empty()
                : Optional.of("a token's role is at most its creator's (" + creator.label() + ")");
    }

    static Optional<String> refuseDays(int days, int maxDays) {
        return days >= 1 && days <= maxDays ? Optional.empty()
                : Optional.of("expected 1 to " + maxDays + " days, got " + days);
    }
}
