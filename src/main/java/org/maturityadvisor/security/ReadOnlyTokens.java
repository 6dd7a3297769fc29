package org.maturityadvisor.security;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A read-only API token reads (GET, HEAD) and calls what stores nothing ({@link AccessRules#STATELESS_PATHS}); any
 * other request is refused before a role rule is read, whatever role the token holds.
 */
final class ReadOnlyTokens {

    static final String REFUSAL = "a read-only API token may only read (GET, HEAD) and call what stores nothing ("
            + String.join(", ", AccessRules.STATELESS_PATHS.stream().filter(path -> path.startsWith("POST")).toList())
            + ")";

    private static final List<RequestMatcher> STATELESS = AccessRules.STATELESS_PATHS.stream().map(entry -> {
        String[] methodAndPath = entry.split(" ");
        return (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.valueOf(methodAndPath[0]),
                methodAndPath[1]);
    }).toList();

    private ReadOnlyTokens() {
    }

    /** The request's caller is a read-only token. */
    static boolean signedIn() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication token
                && token.readOnly();
    }

    /** A read-only token asking for anything but reading or a call that stores nothing. */
    static boolean writing(HttpServletRequest request) {
        if (!signedIn()) {
            return false;
        }
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return false;
        }
        return STATELESS.stream().noneMatch(matcher -> matcher.matches(request));
    }
}
