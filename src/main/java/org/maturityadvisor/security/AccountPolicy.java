package org.maturityadvisor.security;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/** What makes a user name, a password, or a change to the users acceptable; each refusal says why. */
final class AccountPolicy {

    static final int MIN_PASSWORD = 12;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private AccountPolicy() {
    }

    static Optional<String> refuseName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.of("expected 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter"
                    + " or digit");
        }
        return name.equals("me") ? Optional.of("\"me\" is reserved (PUT /api/users/me/password)") : Optional.empty();
    }

    static Optional<String> refusePassword(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("a password is required");
        }
        if (password.length() < MIN_PASSWORD) {
            return Optional.of("expected at least " + MIN_PASSWORD + " characters");
        }
        return password.length() > 200 ? Optional.of("expected at most 200 characters") : Optional.empty();
    }

    /** A new password typed twice (the account page asks so) must be typed the same both times. */
    static Optional<String> refuseRepeat(String password, String repeat) {
        return password != null && password.equals(repeat) ? Optional.empty()
                : Optional.of("does not match the new password: type the same password twice");
    }

    /**
     * Refuses a change that would leave no enabled admin: nobody could manage users or read the audit log any more.
     *
     * @param after every user as the change would leave them (a deleted one left out)
     */
    static Optional<String> refuseWithoutAdmin(Collection<UserAccount> after) {
        boolean adminLeft = after.stream().anyMatch(user -> user.role() == Role.ADMIN && !user.disabled());
        return adminLeft ? Optional.empty()
                : Optional.of("at least one enabled admin must remain; make another user admin first");
    }
}
