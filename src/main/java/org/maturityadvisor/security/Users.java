package org.maturityadvisor.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Managing users (admins) and one's own password; every change is audited, no change leaves no admin. A change of
 * what a sign-in rests on (password, role, disabled) and a delete end every browser session of the user, on every
 * replica.
 */
@Service
class Users {

    /** What a refusal of a user's fields says was invalid: "Invalid user". */
    private static final String SUBJECT = "user";
    /** No role on the organisation: the user holds roles on groups only, or none yet. */
    static final String NONE = "none";

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final SecurityAudit audit;
    private final BrowserSessions sessions;

    Users(UserStore store, PasswordEncoder encoder, SecurityAudit audit, BrowserSessions sessions) {
        this.store = store;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    List<UserAccount> all() {
        return store.all();
    }

    UserAccount create(String actor, String name, String password, String roleLabel) {
        List<InputError> errors = new ArrayList<>();
        AccountPolicy.refuseName(name).ifPresent(reason -> errors.add(new InputError("name", reason)));
        AccountPolicy.refusePassword(password).ifPresent(reason -> errors.add(new InputError("password", reason)));
        Optional<Role> role = role(roleLabel, errors);
        InvalidInputException.throwIfAny(SUBJECT, errors);
        if (!store.create(name, encoder.encode(password), role.orElse(null), audit.now())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "user " + name + " exists already");
        }
        audit.record(actor, AuditAction.USER_CREATED, "created by an admin", name + " as " + words(role.orElse(null)));
        return find(name);
    }

    /** Any of role, password and disabled; a new password also lifts a lock. */
    UserAccount change(String actor, String name, String roleLabel, String password, Boolean disabled) {
        UserAccount user = find(name);
        List<InputError> errors = new ArrayList<>();
        Optional<Role> role = roleLabel == null ? Optional.ofNullable(user.role()) : role(roleLabel, errors);
        if (password != null) {
            AccountPolicy.refusePassword(password).ifPresent(reason -> errors.add(new InputError("password", reason)));
        }
        InvalidInputException.throwIfAny(SUBJECT, errors);
        UserAccount changed = new UserAccount(name, password == null ? user.passwordHash() : encoder.encode(password),
                role.orElse(null), disabled == null ? user.disabled() : disabled, user.createdAt(),
                password == null ? user.failedSignIns() : 0, password == null ? user.lockedUntil() : null);
        refuseWithoutAdmin(store.all().stream().map(other -> other.name().equals(name) ? changed : other).toList());
        store.update(changed, password != null);
        String changes = String.join(", ", changes(user, changed, password != null));
        audit.record(actor, AuditAction.USER_CHANGED, "changed by an admin", name + ": " + changes);
        if (password != null || !user.credentialStamp().equals(changed.credentialStamp())) {
            sessions.endAll(name, "changed by " + actor + ": " + changes);
        }
        return find(name);
    }

    void delete(String actor, String name) {
        find(name);
        refuseWithoutAdmin(store.all().stream().filter(other -> !other.name().equals(name)).toList());
        store.delete(name);
        audit.record(actor, AuditAction.USER_DELETED, "deleted by an admin", name + " and their API tokens");
        sessions.endAll(name, "deleted by " + actor);
    }

    /**
     * One's own password, after the current one; every field at fault is named at once.
     *
     * @param alsoRefused what the caller found wrong beside (the page's repeated password), refused with the rest
     */
    void changeOwnPassword(Authentication authentication, String current, String password,
                           List<InputError> alsoRefused) {
        Caller caller = Caller.of(authentication);
        if (caller.kind() != SignIn.PASSWORD) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "requires a password sign-in (HTTP Basic or the "
                    + "login form); " + caller.name() + " signed in with a " + caller.kind().name().toLowerCase(
                    Locale.ROOT));
        }
        String name = caller.name();
        UserAccount user = find(name);
        List<InputError> errors = new ArrayList<>();
        if (current == null || !encoder.matches(current, user.passwordHash())) {
            errors.add(new InputError("currentPassword", "does not match"));
        }
        AccountPolicy.refusePassword(password).ifPresent(reason -> errors.add(new InputError("password", reason)));
        errors.addAll(alsoRefused);
        InvalidInputException.throwIfAny("password", errors);
        store.update(new UserAccount(name, encoder.encode(password), user.role(), user.disabled(), user.createdAt(),
                0, null), true);
        audit.record(name, AuditAction.PASSWORD_CHANGED, "changed their own password", null);
        // this session too: the user signs in again with the new password (the account page says so)
        sessions.endAll(name, "changed their own password");
    }

    /** Ends every browser session of the caller, on every replica (a lost laptop); audited. How many it ended. */
    int signOutEverywhere(Authentication authentication) {
        return sessions.endAll(Caller.of(authentication).name(), "signed out everywhere");
    }

    UserAccount find(String name) {
        return store.find(name).orElseThrow(() -> new NotFoundException("no user " + name));
    }

    /** The role on the organisation named; {@code none} (issue 27: roles on groups only) is empty. */
    private static Optional<Role> role(String label, List<InputError> errors) {
        if (label != null && label.strip().equalsIgnoreCase(NONE)) {
            return Optional.empty();
        }
        Optional<Role> role = Role.of(label);
        if (role.isEmpty()) {
            errors.add(new InputError("role", "expected one of " + Role.labels() + " or " + NONE + ", got " + label));
        }
        return role;
    }

    /** What a user's role on the organisation is called: its label, or {@code none}. */
    static String words(Role organisationRole) {
        return organisationRole == null ? NONE : organisationRole.label();
    }

    private static void refuseWithoutAdmin(List<UserAccount> after) {
        AccountPolicy.refuseWithoutAdmin(after).ifPresent(reason -> {
            throw new ResponseStatusException(HttpStatus.CONFLICT, reason);
        });
    }

    private static List<String> changes(UserAccount before, UserAccount after, boolean password) {
        List<String> changes = new ArrayList<>();
        if (before.role() != after.role()) {
            changes.add("role " + words(before.role()) + " -> " + words(after.role()));
        }
        if (before.disabled() != after.disabled()) {
            changes.add(after.disabled() ? "disabled" : "enabled");
        }
        if (password) {
            changes.add("password reset");
        }
        return changes.isEmpty() ? List.of("nothing") : changes;
    }
}
