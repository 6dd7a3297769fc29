package org.maturityadvisor.security;

import java.util.OptionalInt;

import org.maturityadvisor.store.AuditAction;
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
 * Name and password (HTTP Basic or the login form) checked against the users in the database. A password is checked
 * only after its attempt is claimed in the database ({@link UserStore#claimAttempt}): however many guesses arrive at
 * once, on however many replicas, at most {@link LockoutPolicy#maxFailures()} wrong passwords in a row are checked,
 * and the one that uses up the last attempt locks the user, once. Every wrong password is audited.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final UserStore users;
    private final LockoutPolicy lockout;
    private final SecurityAudit audit;
    private final DaoAuthenticationProvider passwords;
    private final GrantStore grants;

    PasswordSignIn(UserStore users, PasswordEncoder encoder, LockoutPolicy lockout, SecurityAudit audit,
                   GrantStore grants) {
        this.users = users;
        this.grants = grants;
        this.lockout = lockout;
        this.audit = audit;
        this.passwords = new DaoAuthenticationProvider(this::userDetails);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        UserAccount user = users.find(name).orElse(null);
        if (user == null) {
            passwords.authenticate(attempt); // refuses, taking as long as a wrong password would
            throw new BadCredentialsException("Bad credentials");
        }
        OptionalInt claimed = users.claimAttempt(name, lockout.maxFailures(), audit.now());
        if (claimed.isEmpty()) {
            String refusal = lockout.refusal(users.find(name), audit.now());
            audit.record(name, AuditAction.SIGN_IN_REFUSED, refusal, null);
            throw new LockedException(refusal);
        }
        boolean settled = false;
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            users.signedIn(name);
            settled = true;
            return stamped(signedIn, user);
        } catch (BadCredentialsException wrong) {
            settled = true;
            failed(name, claimed.getAsInt());
            throw wrong;
        } finally {
            if (!settled) {
                users.releaseAttempt(name);
            }
        }
    }

    /** The sign-in with the user's credential stamp, which a session is checked against ({@link SessionCheck}). */
    private static Authentication stamped(Authentication signedIn, UserAccount user) {
        PasswordAuthentication stamped = new PasswordAuthentication(signedIn.getPrincipal(), signedIn.getAuthorities(),
                user.credentialStamp());
        stamped.setDetails(signedIn.getDetails());
        return stamped;
    }

    /** A wrong password, the {@code failures}th in a row: the one that used up the last attempt locks the user. */
    private void failed(String name, int failures) {
        audit.record(name, AuditAction.SIGN_IN_FAILED, "wrong password (" + failures + " in a row)", null);
        if (lockout.locks(failures)) {
            var until = lockout.lockedUntil(audit.now());
            users.lock(name, until);
            audit.record(name, AuditAction.USER_LOCKED, failures + " failed sign-ins in a row; locked until " + until, null);
        }
    }

    private UserDetails userDetails(String name) {
        UserAccount user = users.find(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        // the highest role held anywhere (the organisation or a group): what the pages show; every decision reads
        // the grants afresh at each request (CurrentAccess)
        var authorities = grants.of(name).flatMap(Grants::anywhere).map(Role::authorities)
                .orElse(java.util.List.of());
        return User.withUsername(user.name()).password(user.passwordHash()).authorities(authorities)
                .disabled(user.disabled()).build();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
