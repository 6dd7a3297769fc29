package org.maturityadvisor.workbench;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpSession;

/**
 * What a form POST produced and nothing else keeps (a refused draft's report, an import's outcome), kept in the
 * browser's session under a random key, so the POST answers with a redirect to a page of its own URL: Back, Forward
 * and reload show it again without asking to send the form again. One instance per kind of result, typed by it; the
 * newest few per kind; gone with the session.
 *
 * @param <T> the kind of result kept
 */
final class SessionResults<T> {

    static final int KEPT = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String attribute;
    private final Class<T> type;

    SessionResults(String kind, Class<T> type) {
        this.attribute = SessionResults.class.getName() + "." + kind;
        this.type = type;
    }

    /** Keeps {@code result} and returns its key (16 hex digits), dropping the oldest past {@link #KEPT}. */
    String keep(HttpSession session, T result) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<String, T> kept = kept(session);
            kept.put(key, result);
            session.setAttribute(attribute, kept); // written back: a replicated session store sees the change
        }
        return key;
    }

    /** The result kept under this key in this session, if it still is. */
    Optional<T> find(HttpSession session, String key) {
        if (session == null) {
            return Optional.empty();
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            return Optional.ofNullable(kept(session).get(key));
        }
    }

    /** The session's map of this kind, checked entry by entry: the session holds untyped attributes. */
    private Map<String, T> kept(HttpSession session) {
        Map<String, T> kept = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > KEPT;
            }
        };
        if (session.getAttribute(attribute) instanceof Map<?, ?> stored) {
            stored.forEach((key, value) -> {
                if (key instanceof String text && type.isInstance(value)) {
                    kept.put(text, type.cast(value));
                }
            });
        }
        return kept;
    }
}
