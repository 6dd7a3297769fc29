package org.maturityadvisor.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Wrong passwords in a row lock a user for a while, so a password cannot be guessed at network speed. */
record LockoutPolicy(int maxFailures, Duration duration) {

    /** Fewer than one attempt would refuse every password sign-in, the admin's included: refused at start-up. */
    LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maturity.security.lockout.max-failures must be at least 1, got "
                    + maxFailures);
        }
    }

    static LockoutPolicy of(SecuritySettings.Lockout settings) {
        return new LockoutPolicy(settings.maxFailures(), settings.duration());
    }

    /**
     * Why a user whose attempt could not be claimed may not sign in: locked until a time, or (for the moment between
     * the last attempt being claimed and its lock being written) every attempt in use.
     */
    String refusal(Optional<UserAccount> user, OffsetDateTime now) {
        return user.map(UserAccount::lockedUntil).filter(now::isBefore)
                .map(until -> "too many failed sign-ins; locked until " + until)
                .orElse("too many failed sign-ins; the user is being locked");
    }

    /** Whether this many failures in a row lock the user (only the last attempt claimable can reach it). */
    boolean locks(int failures) {
        return failures >= maxFailures;
    }

    OffsetDateTime lockedUntil(OffsetDateTime now) {
        return now.plus(duration);
    }
}
