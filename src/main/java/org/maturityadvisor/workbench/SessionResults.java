package org.maturityadvisor.workbench;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpSession;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a form POST produced and nothing else keeps (a refused draft's report, an import's outcome), kept in the
 * browser's session under a random key, so the POST answers with a redirect to a page of its own URL: Back, Forward
 * and reload show it again without asking to send the form again. One instance per kind of result, typed by it; the
 * newest few per kind; gone with the session.
 *
 * <p>The session lives in the database, shared by every replica (Spring Session JDBC), so a result is kept as its JSON
 * (the API's own form of it, read back with the same mapper): plain text in the session's row, whatever the result's
 * type, and the page after the redirect finds it on any replica.
 *
 * @param <T> the kind of result kept
 */
final class SessionResults<T> {

    static final int KEPT = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String attribute;
    private final Class<T> type;
    private final JsonMapper json;

    SessionResults(String kind, Class<T> type, JsonMapper json) {
        this.attribute = SessionResults.class.getName() + "." + kind;
        this.type = type;
        this.json = json;
    }

    /** Keeps {@code result} and returns its key (16 hex digits), dropping the oldest past {@link #KEPT}. */
    String keep(HttpSession session, T result) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String key = HexFormat.of().formatHex(bytes);
        String text = json.writeValueAsString(result);
        synchronized (WebUtils.getSessionMutex(session)) {
            LinkedHashMap<String, String> kept = kept(session);
            kept.put(key, text);
            while (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
            session.setAttribute(attribute, kept); // written back: the session's row is saved with the change
        }
        return key;
    }

    /** The result kept under this key in this session, if it still is (and still reads as one). */
    Optional<T> find(HttpSession session, String key) {
        if (session == null) {
            return Optional.empty();
        }
        String text;
        synchronized (WebUtils.getSessionMutex(session)) {
            text = kept(session).get(key);
        }
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text, type));
        } catch (JacksonException writtenByAnotherRelease) {
            return Optional.empty();
        }
    }

    /** The session's map of this kind, checked entry by entry: the session holds untyped attributes. */
    private LinkedHashMap<String, String> kept(HttpSession session) {
        LinkedHashMap<String, String> kept = new LinkedHashMap<>();
        if (session.getAttribute(attribute) instanceof Map<?, ?> stored) {
            stored.forEach((key, value) -> {
                if (key instanceof String text && value instanceof String result) {
                    kept.put(text, result);
                }
            });
        }
        return kept;
    }
}
