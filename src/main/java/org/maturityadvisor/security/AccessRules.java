package org.maturityadvisor.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may call what: the least role of every endpoint, in one table. The security configuration grants exactly these
 * and denies everything else; refusals name the role from here. {@code RoleMatrixTest} walks every mapped endpoint
 * against a table of its own, so an endpoint missing here is refused, and one missing there fails the build.
 */
final class AccessRules {

    /** One row: these paths, with this method (null: any), need this role (null: open, see {@link #STATELESS}). */
    record Rule(HttpMethod method, Role role, RequestMatcher matcher) {
    }

    /** The calls that store nothing: open to anonymous callers unless {@code maturity.security.open-assessments=false}. */
    static final List<String> STATELESS_PATHS = List.of("POST /api/assessments", "POST /api/simulations",
            "POST /api/simulations/path", "POST /api/simulations/impact", "GET /api/models", "GET /api/practices");

    private AccessRules() {
    }

    static List<Rule> rules(boolean openAssessments) {
        Role stateless = openAssessments ? null : Role.VIEWER;
        List<Rule> rules = new java.util.ArrayList<>();
        STATELESS_PATHS.forEach(entry -> {
            String[] methodAndPath = entry.split(" ");
            rules.add(rule(HttpMethod.valueOf(methodAndPath[0]), stateless, methodAndPath[1]));
        });
        rules.addAll(List.of(
                rule(GET, Role.VIEWER, "/api/me"),
                rule(PUT, Role.VIEWER, "/api/users/me/password"),
                rule(GET, Role.VIEWER, "/api/tokens"),
                rule(POST, Role.VIEWER, "/api/tokens"),
                rule(DELETE, Role.VIEWER, "/api/tokens/*"),
                rule(GET, Role.ADMIN, "/api/users"),
                rule(POST, Role.ADMIN, "/api/users"),
                rule(PATCH, Role.ADMIN, "/api/users/*"),
                rule(DELETE, Role.ADMIN, "/api/users/*"),
                rule(GET, Role.VIEWER, "/api/teams", "/api/teams/**", "/api/portfolio"),
                rule(POST, Role.ASSESSOR, "/api/teams", "/api/teams/*/assessments", "/api/imports"),
                rule(GET, Role.ASSESSOR, "/api/exports/**", "/api/imports"),
                rule(GET, Role.VIEWER, "/api/rulesets", "/api/rulesets/*", "/api/rulesets/*/report"),
                rule(POST, Role.ANALYST, "/api/rulesets/drafts", "/api/rulesets/*/publish", "/api/rulesets/*/rollback"),
                rule(GET, Role.ADMIN, "/api/audit")));
        return List.copyOf(rules);
    }

    private static Rule rule(HttpMethod method, Role role, String... paths) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] matchers = Arrays.stream(paths).map(path -> builder.matcher(method, path))
                .toArray(RequestMatcher[]::new);
        return new Rule(method, role, matchers.length == 1 ? matchers[0]
                : new org.springframework.security.web.util.matcher.OrRequestMatcher(matchers));
    }

    /** The least role the request needs: empty when open or when no rule lists it (then it is refused to all). */
    static Optional<Role> required(List<Rule> rules, HttpServletRequest request) {
        return rules.stream().filter(rule -> rule.matcher().matches(request)).findFirst().map(Rule::role);
    }

    static boolean listed(List<Rule> rules, HttpServletRequest request) {
        return rules.stream().anyMatch(rule -> rule.matcher().matches(request));
    }
}
