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
 *
 * <p>A right password is remembered for a short while ({@link VerifiedPasswords}, {@code
 * maturity.security.basic-cache-seconds}): the same name and password again, while the stored user is unchanged, not
 * locked and has no wrong password counted since, is signed in without hashing the password again; the user and their
 * grants are still read afresh. Anything else takes the full check above.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final UserStore users;
    private final LockoutPolicy lockout;
    private final SecurityAudit audit;
    private final DaoAuthenticationProvider passwords;
    private final GrantStore grants;
    private final VerifiedPasswords verified;

    PasswordSignIn(UserStore users, PasswordEncoder encoder, LockoutPolicy lockout, SecurityAudit audit,
                   GrantStore grants, VerifiedPasswords verified) {
        this.users = users;
        this.grants = grants;
        this.verified = verified;
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
        String password = attempt.getCredentials() instanceof String presented ? presented : null;
        if (password != null && rememberable(user) && verified.verified(name, password, user.credentialStamp())) {
            return stamped(remembered(user, attempt), user);
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
            if (password != null) {
                verified.remember(name, password, user.credentialStamp());
            }
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

    /** Enabled, not locked, no wrong password counted: what the full check would find before hashing. */
    private boolean rememberable(UserAccount user) {
        return !user.disabled() && user.failedSignIns() == 0
                && (user.lockedUntil() == null || !user.lockedUntil().isAfter(audit.now()));
    }

    /** The sign-in the full check would return, built from the user and grants as stored now. */
    private Authentication remembered(UserAccount user, Authentication attempt) {
        UserDetails details = userDetails(user);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
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
        return userDetails(users.find(name).orElseThrow(() -> new UsernameNotFoundException("no such user")));
    }

    private UserDetails userDetails(UserAccount user) {
        String name = user.name();
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
