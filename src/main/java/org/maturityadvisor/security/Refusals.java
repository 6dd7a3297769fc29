package org.maturityadvisor.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.maturityadvisor.problem.ProblemBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as RFC 9457 problem details saying what is needed: which role, how to sign in, or the CSRF token a
 * browser session must send. A browser's page ({@link AccessRules#isPage}) is answered as a browser expects: an
 * anonymous visitor is sent to the login page (an htmx fragment request is told to go there), a signed-in user
 * lacking the role gets the 403 error page ({@code templates/error/403.html}) saying which role is needed.
 */
final class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Basic realm=\"maturity-advisor\", Bearer";
    /** The request attribute the 403 page reads: what the caller would need. */
    static final String PAGE_DETAIL = "deniedBecause";
    static final String LOGIN = "/login";

    private final AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint(LOGIN);

    private final List<AccessRules.Rule> rules;
    private final JsonMapper json;

    Refusals(List<AccessRules.Rule> rules, JsonMapper json) {
        this.rules = rules;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (AccessRules.isPage(request) && request.getHeader("Authorization") == null) {
            signInFirst(request, response, failure);
            return;
        }
        boolean triedCredentials = request.getHeader("Authorization") != null;
        String needed = needed(request).map(role -> "requires role " + role.label() + "; ").orElse("");
        response.setHeader("WWW-Authenticate", CHALLENGE);
        write(request, response, HttpStatus.UNAUTHORIZED, triedCredentials ? "Sign-in refused" : "Sign-in required",
                needed + (triedCredentials ? "the credentials were refused (wrong, expired, revoked, disabled or "
                        + "locked)" : "sign in with HTTP Basic (-u name), a Bearer token or the /login form"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String team = TeamScope.pipelineTeam();
        if (team != null && !(denied instanceof CsrfException)) {
            if (AccessRules.isPage(request)) {
                request.setAttribute(PAGE_DETAIL, TeamScope.refusal(team));
                response.sendError(HttpStatus.FORBIDDEN.value(), TeamScope.refusal(team));
                return;
            }
            write(request, response, HttpStatus.FORBIDDEN, "Forbidden", TeamScope.refusal(team));
            return;
        }
        if (ReadOnlyTokens.writing(request) && !(denied instanceof CsrfException)) {
            write(request, response, HttpStatus.FORBIDDEN, "Forbidden", ReadOnlyTokens.REFUSAL);
            return;
        }
        if (AccessRules.isPage(request)) {
            String detail = denied instanceof CsrfException ? "the page's security token is missing or stale (the "
                    + "session may have ended): reload the page and try again" : needed(request)
                    .map(role -> "requires role " + role.label()).orElse("no one may do this");
            request.setAttribute(PAGE_DETAIL, detail);
            response.sendError(HttpStatus.FORBIDDEN.value(), detail);
            return;
        }
        if (denied instanceof CsrfException) {
            write(request, response, HttpStatus.FORBIDDEN, "CSRF token missing or invalid", "a request signed in "
                    + "by a session cookie must send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header");
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "Forbidden", needed(request)
                .map(role -> "requires role " + role.label())
                .orElse("no caller may use " + request.getMethod() + " " + request.getRequestURI()));
    }

    private void signInFirst(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (request.getHeader("HX-Request") != null) {
            // htmx follows no redirect into its target: it loads the page named here instead
            response.setHeader("HX-Redirect", request.getContextPath() + LOGIN);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        loginPage.commence(request, response, failure);
    }

    /** A state-changing request a browser sent from an origin that is not allowed. */
    void crossOrigin(HttpServletRequest request, HttpServletResponse response, String origin) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Cross-origin request refused", "origin " + origin
                + " may not change anything here; allow it with maturity.security.cors.allowed-origins");
    }

    private Optional<Role> needed(HttpServletRequest request) {
        return AccessRules.required(rules, request);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                       String detail) throws IOException {
        ProblemBody problem = ProblemBody.of(status.value(), title, detail, request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
