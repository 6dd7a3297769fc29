package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

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
        assertThat(lockout.refusal(java.util.Optional.of(locked), NOW.plusMinutes(14))).contains("locked until");
        assertThat(lockout.refusal(java.util.Optional.of(locked), NOW.plusMinutes(15)))
                .as("past the lock, only a sign-in whose attempt was not claimed is refused: the lock is being set")
                .doesNotContain("locked until").contains("being locked");
    }

    @Test
    void aTokenIsNeverMoreThanItsCreatorNorForever() {
        assertThat(TokenPolicy.refuseRole(Role.ANALYST, Role.ASSESSOR)).isEmpty();
        assertThat(TokenPolicy.refuseRole(Role.ANALYST, Role.ADMIN)).hasValueSatisfying(reason ->
                assertThat(reason).contains("at most its creator's (analyst)"));
        assertThat(TokenPolicy.refuseDays(0, 365)).isPresent();
        assertThat(TokenPolicy.refuseDays(366, 365)).isPresent();
    }

    @Test
    void noChangeMayLeaveNoEnabledAdmin() {
        assertThat(AccountPolicy.refuseWithoutAdmin(List.of(user("a", Role.ADMIN, true, null),
                user("b", Role.ANALYST, false, null)))).isPresent();
        assertThat(AccountPolicy.refuseWithoutAdmin(List.of(user("a", Role.ADMIN, false, null)))).isEmpty();
    }

    @Test
    void namesAndPasswordsAreChecked() {
        assertThat(AccountPolicy.refuseName("me")).isPresent();
        assertThat(AccountPolicy.refuseName("token:x")).isPresent();
        assertThat(AccountPolicy.refuseName("ana.b-1")).isEmpty();
        assertThat(AccountPolicy.refusePassword("short")).isPresent();
    }

    @Test
    void eachRoleIncludesTheOnesBelow() {
        assertThat(Role.ANALYST.authorities().stream().map(a -> a.getAuthority()))
                .containsExactly("ROLE_VIEWER", "ROLE_ASSESSOR", "ROLE_ANALYST");
        assertThat(Role.of(" Admin ")).hasValue(Role.ADMIN);
    }

    private static UserAccount user(String name, Role role, boolean disabled, OffsetDateTime lockedUntil) {
        return new UserAccount(name, "{noop}x", role, disabled, NOW, 0, lockedUntil);
    }
}
