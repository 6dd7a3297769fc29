package org.maturityadvisor.security;

import java.io.IOException;

import org.maturityadvisor.store.AuditAction;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Re-validates a browser session's user against the database at every request (one read by primary key): when the
 * user was deleted, disabled, given another role or another password since signing in, the session ends here and the
 * request goes on signed out (401 for the API, the login page for a page). Sessions live in the database and such a
 * change deletes the user's rows ({@link BrowserSessions}); this check is the backstop for what the delete cannot
 * reach: a sign-in that checked the old password while the change was being made and saved its session after the
 * delete, a request already under way, a user changed in the database by hand. One read by primary key per request
 * with a session: cheap beside the session's own read (docs/BENCHMARKS.md, "Sessions in the database").
 */
final class SessionCheck extends OncePerRequestFilter {

    private final UserStore users;
    private final SecurityAudit audit;

    SessionCheck(UserStore users, SecurityAudit audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // placed right after the session's context is loaded: any password sign-in seen here came from the session
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn instanceof PasswordAuthentication session && !current(session)) {
            SecurityContextHolder.clearContext();
            HttpSession stale = request.getSession(false);
            if (stale != null) {
                stale.invalidate();
            }
            audit.record(session.getName(), AuditAction.SESSION_ENDED, "the user was deleted, disabled, given another "
                    + "role or another password since signing in", null);
        }
        chain.doFilter(request, response);
    }

    private boolean current(PasswordAuthentication session) {
        return users.find(session.getName()).map(UserAccount::credentialStamp).filter(session.stamp()::equals)
                .isPresent();
    }
}
