package org.maturityadvisor.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Wrong passwords in a row lock a user for a while, so a password cannot be guessed at network speed. */
record LockoutPolicy(int maxFailures, Duration duration) {

    static LockoutPolicy of(SecuritySettings.Lockout settings) {
        return new LockoutPolicy(settings.maxFailures(), settings.duration());
    }

    /** Why the user may not sign in now, if locked. */
    Optional<String> refusal(UserAccount user, OffsetDateTime now) {
        return user.lockedUntil() != null && now.isBefore(user.lockedUntil())
                ? Optional.of("too many failed sign-ins; locked until " + user.lockedUntil()) : Optional.empty();
    }

    /** Whether this many failures in a row lock the user. */
    boolean locks(int failures) {
        return failures >= maxFailures;
    }

    OffsetDateTime lockedUntil(OffsetDateTime now) {
        return now.plus(duration);
    }
}
