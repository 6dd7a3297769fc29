package org.maturityadvisor.workbench;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * What a form POST produced and nothing else keeps (a refused draft's report, an import's outcome), kept in the
 * browser's session under a random key, so the POST answers with a redirect to a page of its own URL: Back, Forward
 * and reload show it again without asking to send the form again. The newest few per kind; gone with the session.
 */
final class SessionResults {

    static final int KEPT = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionResults() {
    }

    /** Keeps {@code result} and returns its key (16 hex digits), dropping the oldest past {@link #KEPT}. */
    static String keep(HttpSession session, String kind, Object result) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        Map<String, Object> kept = kept(session, kind);
        synchronized (kept) {
            kept.put(key, result);
        }
        session.setAttribute(attribute(kind), kept); // written back: a replicated session store sees the change
        return key;
    }

    /** The result kept under this key in this session, if it still is. */
    static <T> Optional<T> find(HttpSession session, String kind, String key, Class<T> type) {
        if (session == null) {
            return Optional.empty();
        }
        Map<String, Object> kept = kept(session, kind);
        synchronized (kept) {
            return Optional.ofNullable(kept.get(key)).filter(type::isInstance).map(type::cast);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kept(HttpSession session, String kind) {
        synchronized (session.getId().intern()) {
            Object kept = session.getAttribute(attribute(kind));
            if (kept instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            Map<String, Object> fresh = new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                    return size() > KEPT;
                }
            };
            session.setAttribute(attribute(kind), fresh);
            return fresh;
        }
    }

    private static String attribute(String kind) {
        return SessionResults.class.getName() + "." + kind;
    }
}
