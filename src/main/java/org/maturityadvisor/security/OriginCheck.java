package org.maturityadvisor.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a state-changing request that a browser sent from another origin (its {@code Origin} header names neither
 * this service's host nor an allowed origin). CSRF tokens protect session cookies; this also covers credentials a
 * browser attaches by itself (a cached HTTP Basic sign-in). Clients that are not browsers send no Origin.
 */
final class OriginCheck extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> allowed;
    private final Refusals refusals;

    OriginCheck(List<String> allowedOrigins, Refusals refusals) {
        this.allowed = Set.copyOf(allowedOrigins.stream().map(OriginCheck::normal).toList());
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin == null || SAFE.contains(request.getMethod()) || sameHost(origin, request)
                || allowed.contains(normal(origin))) {
            chain.doFilter(request, response);
            return;
        }
        refusals.crossOrigin(request, response, origin);
    }

    /** The Origin's host and port against the Host the request was sent to (a proxy that keeps Host keeps this). */
    private static boolean sameHost(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        try {
            URI uri = URI.create(origin);
            if (host == null || uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String originHost = uri.getHost() + ":" + port;
            String requestHost = host.contains(":") && !host.endsWith("]") ? host
                    : host + ":" + ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
            return originHost.equalsIgnoreCase(requestHost);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String normal(String origin) {
        return origin.strip().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
    }
}
