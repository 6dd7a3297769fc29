package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The pure policies: each refusal says why; no Spring, no database. */
class PoliciesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T10:00:00Z");

    @Test
    void aLockLastsItsDurationAndThenLifts() {
        LockoutPolicy lockout = new LockoutPolicy(10, Duration.ofMinutes(15));
        UserAccount locked = user("u", Role.VIEWER, false, lockout.lockedUntil(NOW));

        assertThat(lockout.locks(9)).isFalse();
        assertThat(lockout.locks(10)).isTrue();
        assertThat(lockout.lockedUntil(NOW)).isEqualTo(NOW.plusMinutes(15));
        assertThat(lockout.refusal(Optional.of(locked), NOW.plusMinutes(14))).contains("locked until");
        assertThat(lockout.refusal(Optional.of(locked), NOW.plusMinutes(15)))
                .as("past the lock, only a sign-in whose attempt was not claimed is refused: the lock is being set")
                .doesNotContain("locked until").contains("being locked");
    }

    @Test
    void eachRoleIncludesTheOnesBelow() {
        assertThat(Role.ANALYST.authorities().stream().map(a -> a.getAuthority()))
                .containsExactly("ROLE_VIEWER", "ROLE_ASSESSOR", "ROLE_ANALYST");
        assertThat(Role.of(" Admin ")).hasValue(Role.ADMIN);
    }

    @ParameterizedTest(name = "{0} failures in a row lock: {1}")
    @CsvSource({"0, false", "1, false", "2, false", "3, true", "4, true"})
    void aUserIsLockedFromTheMaximumFailureOn(int failures, boolean locks) {
        assertThat(new LockoutPolicy(3, Duration.ofMinutes(1)).locks(failures)).isEqualTo(locks);
    }

    @ParameterizedTest(name = "max-failures {0}")
    @CsvSource({"0", "-1"})
    void aLockoutThatWouldRefuseEverySignInIsRefusedAtStartUp(int maxFailures) {
        assertThatThrownBy(() -> new LockoutPolicy(maxFailures, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-failures must be at least 1, got " + maxFailures);
    }

    @Test
    void anUnknownUserWhoseAttemptCannotBeClaimedIsBeingLocked() {
        assertThat(new LockoutPolicy(10, Duration.ofMinutes(15)).refusal(Optional.empty(), NOW))
                .isEqualTo("too many failed sign-ins; the user is being locked");
    }

    /** A token may be given the creator's role or any below it, never one above. */
    @ParameterizedTest(name = "creator {0}")
    @EnumSource(Role.class)
    void aTokenMayHaveItsCreatorsRoleOrOneBelowItNeverOneAbove(Role creator) {
        for (Role requested : Role.values()) {
            Optional<String> refusal = TokenPolicy.refuseRole(creator, requested);
            if (requested.compareTo(creator) <= 0) {
                assertThat(refusal).as(creator + " asking " + requested).isEmpty();
            } else {
                assertThat(refusal).as(creator + " asking " + requested)
                        .hasValue("a token's role is at most its creator's (" + creator.label() + ")");
            }
        }
    }

    @ParameterizedTest(name = "{0} days of at most 365: {1}")
    @CsvSource(nullValues = "none", value = {
            "-1, 'expected 1 to 365 days, got -1'",
            "0, 'expected 1 to 365 days, got 0'",
            "1, none",
            "90, none",
            "365, none",
            "366, 'expected 1 to 365 days, got 366'"})
    void aTokenLivesAtLeastADayAndAtMostTheMaximum(int days, String refusal) {
        assertThat(TokenPolicy.refuseDays(days, 365)).isEqualTo(Optional.ofNullable(refusal));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(nullValues = "none", value = {
            "ana, none",
            "ana.b-1, none",
            "a_b, none",
            "7, none",
            "me, \"me\" is reserved",
            "'', expected 1 to 64 lower-case letters",
            "Ana, expected 1 to 64 lower-case letters",
            ".ana, expected 1 to 64 lower-case letters",
            "-ana, expected 1 to 64 lower-case letters",
            "token:x, expected 1 to 64 lower-case letters",
            "a b, expected 1 to 64 lower-case letters"})
    void aUserNameIsLowerCaseLettersDigitsAndPunctuationNotStartingWithPunctuation(String name, String refusal) {
        assertRefusal(AccountPolicy.refuseName(name), refusal);
    }

    @Test
    void aUserNameIsAtMost64CharactersAndNeverMissing() {
        assertThat(AccountPolicy.refuseName("a".repeat(64))).isEmpty();
        assertThat(AccountPolicy.refuseName("a".repeat(65))).isPresent();
        assertThat(AccountPolicy.refuseName(null)).isPresent();
    }

    @ParameterizedTest(name = "a password of {0} characters: {1}")
    @CsvSource(nullValues = "none", value = {
            "0, a password is required",
            "11, expected at least 12 characters",
            "12, none",
            "200, none",
            "201, expected at most 200 characters"})
    void aPasswordIsTwelveToTwoHundredCharacters(int length, String refusal) {
        assertRefusal(AccountPolicy.refusePassword("p".repeat(length)), refusal);
    }

    @Test
    void aNewPasswordTypedTwiceMustBeTheSameBothTimes() {
        assertThat(AccountPolicy.refuseRepeat("a-long-password", "a-long-password")).isEmpty();
        assertThat(AccountPolicy.refuseRepeat("a-long-password", "a-long-passwort")).hasValue("does not match the new "
                + "password: type the same password twice");
        assertThat(AccountPolicy.refuseRepeat(null, null)).isPresent();
    }

    @Test
    void aMissingOrBlankPasswordIsRequired() {
        assertThat(AccountPolicy.refusePassword(null)).hasValue("a password is required");
        assertThat(AccountPolicy.refusePassword(" ".repeat(20))).hasValue("a password is required");
    }

    @Test
    void aChangeLeavingOnlyDisabledAdminsOrNoUserIsRefused() {
        String refusal = "at least one enabled admin must remain; make another user admin first";
        assertThat(AccountPolicy.refuseWithoutAdmin(List.of())).hasValue(refusal);
        assertThat(AccountPolicy.refuseWithoutAdmin(List.of(user("a", Role.ADMIN, true, null),
                user("b", Role.ANALYST, false, null)))).hasValue(refusal);
        assertThat(AccountPolicy.refuseWithoutAdmin(List.of(user("a", Role.ADMIN, true, null),
                user("b", Role.ADMIN, false, null)))).isEmpty();
    }

    private static void assertRefusal(Optional<String> actual, String refusal) {
        if (refusal == null) {
            assertThat(actual).isEmpty();
        } else {
            assertThat(actual).hasValueSatisfying(reason -> assertThat(reason).contains(refusal));
        }
    }

    private static UserAccount user(String name, Role role, boolean disabled, OffsetDateTime lockedUntil) {
        return new UserAccount(name, "{noop}x", role, disabled, NOW, 0, lockedUntil);
    }
}
