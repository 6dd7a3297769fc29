package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** What the memory of right passwords answers, on a clock the test moves. */
class VerifiedPasswordsTest {

    private final MovingClock clock = new MovingClock();

    @Test
    void remembersARightPasswordForItsLifetimeOnly() {
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ofSeconds(60), 10, clock);
        verified.remember("ana", "secret-password", "stamp-1");
        assertThat(verified.verified("ana", "secret-password", "stamp-1")).isTrue();
        clock.now = clock.now.plusSeconds(59);
        assertThat(verified.verified("ana", "secret-password", "stamp-1")).isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThat(verified.verified("ana", "secret-password", "stamp-1")).as("60 s later").isFalse();
    }

    @Test
    void matchesOnlyTheSameNamePasswordAndStamp() {
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ofSeconds(60), 10, clock);
        verified.remember("ana", "secret-password", "stamp-1");
        String[][] refused = {
                {"ana", "secret-passwore", "stamp-1", "another password"},
                {"ana", "", "stamp-1", "an empty password"},
                {"ana", "secret-password", "stamp-2", "the user changed since"},
                {"ben", "secret-password", "stamp-1", "another user with the same password"},
                {"ana\u0000secret", "-password", "stamp-1", "name and password split elsewhere"}};
        for (String[] attempt : refused) {
            assertThat(verified.verified(attempt[0], attempt[1], attempt[2])).as(attempt[3]).isFalse();
        }
    }

    @Test
    void forgettingAUserEndsTheirRememberedCheckAtOnce() {
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ofSeconds(60), 10, clock);
        verified.remember("ana", "secret-password", "stamp-1");
        verified.remember("ben", "other-password", "stamp-9");
        verified.forget("ana");
        assertThat(verified.verified("ana", "secret-password", "stamp-1")).isFalse();
        assertThat(verified.verified("ben", "other-password", "stamp-9")).isTrue();
    }

    @Test
    void keepsAtMostItsCapacityLeastRecentlyUsedOutFirst() {
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ofSeconds(60), 2, clock);
        verified.remember("ana", "a-password", "s");
        verified.remember("ben", "b-password", "s");
        assertThat(verified.verified("ana", "a-password", "s")).isTrue();
        verified.remember("cy", "c-password", "s");
        assertThat(verified.size()).isEqualTo(2);
        assertThat(verified.verified("ben", "b-password", "s")).as("the least recently used").isFalse();
        assertThat(verified.verified("ana", "a-password", "s")).isTrue();
    }

    @Test
    void aLifetimeOfZeroRemembersNothing() {
        VerifiedPasswords verified = new VerifiedPasswords(Duration.ZERO, 10, clock);
        verified.remember("ana", "secret-password", "stamp-1");
        assertThat(verified.verified("ana", "secret-password", "stamp-1")).isFalse();
        assertThat(verified.size()).isZero();
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
