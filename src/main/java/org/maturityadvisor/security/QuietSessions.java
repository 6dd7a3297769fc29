package org.maturityadvisor.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The browser sessions' repository (Spring Session JDBC), writing a session's last access only when it moved by
 * {@code window} or more. Spring Session writes it at every request that carries a session (an UPDATE of the session's
 * row), and offers no setting against it: its maintainers keep the HttpSession contract (spring-session#1065); its
 * flush and save modes are about attributes. An unchanged session is not written at all here (Spring Session skips the
 * statement and the transaction when nothing changed).
 *
 * <p>Expiry stays right: the row's last access and expiry move at least every {@code window}, so an idle session
 * ends after its max inactive interval counted from a request at most {@code window} before its last one, never
 * later. The window is at most a quarter of the session's max inactive interval. New sessions, attributes, a new id
 * (sign-in), a new interval and deletes (sign-out, {@link BrowserSessions}) are passed on at once.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession> {

    private final FindByIndexNameSessionRepository<Session> sessions;
    private final Duration window;

    @SuppressWarnings("unchecked")
    QuietSessions(FindByIndexNameSessionRepository<? extends Session> sessions, Duration window) {
        // each session saved is one this repository made: QuietSession hands back the very object it wraps
        this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
        this.window = window;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(sessions.createSession(), Duration.ZERO);
    }

    @Override
    public void save(QuietSession session) {
        sessions.save(session.session);
    }

    @Override
    public QuietSession findById(String id) {
        Session found = sessions.findById(id);
        return found == null ? null : new QuietSession(found, window);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new QuietSession(session, window)));
        return found;
    }

    /** A stored session whose last access is passed on only when it moved by the window or more. */
    static final class QuietSession implements Session {

        private final Session session;
        private final Duration window;

        QuietSession(Session session, Duration window) {
            this.session = session;
            this.window = window;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Duration moved = Duration.between(session.getLastAccessedTime(), lastAccessedTime);
            Duration quarter = session.getMaxInactiveInterval().dividedBy(4);
            Duration quiet = window.compareTo(quarter) < 0 ? window : quarter;
            if (moved.compareTo(quiet) >= 0) { // and never back (another replica's clock ahead of this one's)
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
