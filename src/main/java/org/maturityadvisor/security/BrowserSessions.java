package org.maturityadvisor.security;

import java.util.Set;

import org.maturityadvisor.store.AuditAction;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The browser sessions of the login form, in the database (Spring Session JDBC, table {@code spring_session}) and so
 * shared by every replica: ending a user's sessions deletes their rows, found by the principal-name index, and every
 * replica's next request with one of those cookies is signed out. {@link SessionCheck} stays behind it as the
 * backstop for a session this cannot reach: one saved by a sign-in that checked the old password while the change
 * was being made, or a request already under way.
 */
@Component
class BrowserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final SecurityAudit audit;
    private final VerifiedPasswords verified;

    BrowserSessions(FindByIndexNameSessionRepository<? extends Session> sessions, SecurityAudit audit,
                    VerifiedPasswords verified) {
        this.sessions = sessions;
        this.audit = audit;
        this.verified = verified;
    }

    /**
     * Ends every session of {@code user} on every replica, and forgets their password checks on this one
     * ({@link VerifiedPasswords}; the others see the user's changed credential stamp); audited (as the user's sign-out, with {@code why}) when
     * there was one.
     *
     * @return how many sessions were ended
     */
    int endAll(String user, String why) {
        verified.forget(user); // and their remembered password: the next request with it is checked afresh
        Set<String> ids = sessions.findByPrincipalName(user).keySet();
        ids.forEach(sessions::deleteById);
        if (!ids.isEmpty()) {
            audit.record(user, AuditAction.SESSION_ENDED, why, ids.size() == 1 ? "1 session" : ids.size()
                    + " sessions");
        }
        return ids.size();
    }
}
