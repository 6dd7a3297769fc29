package org.maturityadvisor.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Name and password (HTTP Basic or the login form) checked against the users in the database. Wrong passwords for a
 * known user are counted across replicas and audited; {@link LockoutPolicy} locks the user after too many.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final UserStore users;
    private final LockoutPolicy lockout;
    private final SecurityAudit audit;
    private final DaoAuthenticationProvider passwords;

    PasswordSignIn(UserStore users, PasswordEncoder encoder, LockoutPolicy lockout, SecurityAudit audit) {
        this.users = users;
        this.lockout = lockout;
        this.audit = audit;
        this.passwords = new DaoAuthenticationProvider(this::userDetails);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        Optional<UserAccount> known = users.find(name);
        Optional<String> locked = known.flatMap(user -> lockout.refusal(user, audit.now()));
        if (locked.isPresent()) {
            audit.record(name, "sign-in-refused", locked.get(), null);
            throw new LockedException(locked.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            UserAccount user = known.orElseThrow();
            users.signedIn(user.name());
            return stamped(signedIn, user);
        } catch (BadCredentialsException wrong) {
            known.ifPresent(this::failed);
            throw wrong;
        }
    }

    /** The sign-in with the user's credential stamp, which a session is checked against ({@link SessionCheck}). */
    private static Authentication stamped(Authentication signedIn, UserAccount user) {
        PasswordAuthentication stamped = new PasswordAuthentication(signedIn.getPrincipal(), signedIn.getAuthorities(),
                user.credentialStamp());
        stamped.setDetails(signedIn.getDetails());
        return stamped;
    }

    private void failed(UserAccount user) {
        int failures = users.failedSignIn(user.name());
        audit.record(user.name(), "sign-in-failed", "wrong password (" + failures + " in a row)", null);
        if (lockout.locks(failures)) {
            var until = lockout.lockedUntil(audit.now());
            users.lock(user.name(), until);
            audit.record(user.name(), "user-locked", failures + " failed sign-ins in a row; locked until " + until,
                    null);
        }
    }

    private UserDetails userDetails(String name) {
        UserAccount user = users.find(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(user.name()).password(user.passwordHash()).authorities(user.role().authorities())
                .disabled(user.disabled()).build();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
