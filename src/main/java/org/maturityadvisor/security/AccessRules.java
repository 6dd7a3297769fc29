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
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may call what: the least role of every endpoint, in one table. The security configuration grants exactly these
 * and denies everything else; refusals name the role from here. {@code RoleMatrixTest} walks every mapped endpoint
 * against a table of its own, so an endpoint missing here is refused, and one missing there fails the build.
 */
final class AccessRules {

    /** One row: these paths, with this method (null: any), need this role (null: open, see {@link #STATELESS}). */
    record Rule(HttpMethod method, Role role, RequestMatcher matcher, List<String> paths) {

        Rule(HttpMethod method, Role role, RequestMatcher matcher) {
            this(method, role, matcher, List.of());
        }

        /** Whether this rule lists a documented operation (an OpenAPI path template such as /api/teams/{id}). */
        boolean lists(String method, String template) {
            String concrete = template.replaceAll("\\{[^}]+}", "x");
            return (this.method == null || this.method.name().equals(method)) && paths.stream()
                    .anyMatch(path -> PathPatternParser.defaultInstance.parse(path)
                            .matches(PathContainer.parsePath(concrete)));
        }
    }

    /** The calls that store nothing: open to anonymous callers unless {@code maturity.security.open-assessments=false}. */
    static final List<String> STATELESS_PATHS = List.of("POST /api/assessments", "POST /api/assessments/trace",
            "POST /api/simulations",
            "POST /api/simulations/path", "POST /api/simulations/impact", "GET /api/models", "GET /api/practices",
            "GET /api/context-fields",
            "POST /api/simulations/next-steps", "POST /api/simulations/roadmap");

    /**
     * The workbench's pages and fragments that store nothing: they follow {@link #STATELESS_PATHS}. Loading a
     * team's stored answers into the questionnaire ({@code GET /?load=ID}) reads stored data: a viewer's.
     */
    static final List<String> STATELESS_PAGES = List.of("GET /", "GET /models", "GET /models/files/*",
            "GET /result", "GET /result.json", "GET /result/roadmap.md", "GET /result/roadmap.csv", "GET /result/trace",
            "POST /result",
            "POST /result.json", "POST /what-if", "POST /what-if/path", "POST /what-if/impact", "POST /what-if/plans");

    /**
     * What a browser fetches before anyone signs in: the login page, styles, scripts, the webjars, the icon (which a
     * browser asks for on every page, also as {@code /favicon.ico}).
     */
    static final List<String> ASSETS = List.of("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
            "/favicon.svg");

    private static final List<RequestMatcher> PAGES = pageMatchers();

    private AccessRules() {
    }

    static List<Rule> rules(boolean openAssessments) {
        Role stateless = openAssessments ? null : Role.VIEWER;
        List<Rule> rules = new java.util.ArrayList<>();
        STATELESS_PATHS.forEach(entry -> {
            String[] methodAndPath = entry.split(" ");
            rules.add(rule(HttpMethod.valueOf(methodAndPath[0]), stateless, methodAndPath[1]));
        });
        rules.add(new Rule(GET, Role.VIEWER, new AndRequestMatcher(PathPatternRequestMatcher.withDefaults()
                .matcher(GET, "/"), request -> request.getParameter("load") != null)));
        STATELESS_PAGES.forEach(entry -> {
            String[] methodAndPath = entry.split(" ");
            rules.add(rule(HttpMethod.valueOf(methodAndPath[0]), stateless, methodAndPath[1]));
        });
        rules.add(rule(null, null, ASSETS.toArray(String[]::new)));
        rules.addAll(pageRules());
        rules.addAll(List.of(
                rule(GET, Role.VIEWER, "/api/me"),
                rule(PUT, Role.VIEWER, "/api/users/me/password"),
                rule(GET, Role.VIEWER, "/api/tokens"),
                rule(POST, Role.VIEWER, "/api/tokens"),
                rule(DELETE, Role.VIEWER, "/api/tokens/*"),
                // issue 27: a user's grants, the admin's (listed before /api/users/* so they are not taken for a user)
                rule(GET, Role.ADMIN, "/api/users/*/grants"),
                rule(POST, Role.ADMIN, "/api/users/*/grants"),
                rule(DELETE, Role.ADMIN, "/api/users/*/grants"),
                rule(GET, Role.ADMIN, "/api/users"),
                rule(POST, Role.ADMIN, "/api/users"),
                rule(PATCH, Role.ADMIN, "/api/users/*"),
                rule(DELETE, Role.ADMIN, "/api/users/*"),
                // issue 25: a team's pipeline tokens are the assessor's (listed too: who can push for the team)
                rule(GET, Role.ASSESSOR, "/api/teams/*/tokens"),
                rule(POST, Role.ASSESSOR, "/api/teams/*/tokens"),
                rule(DELETE, Role.ASSESSOR, "/api/teams/*/tokens/*"),
                // issue 25: observations are pushed by an assessor or the team's pipeline token (TeamScope)
                rule(POST, Role.ASSESSOR, "/api/teams/*/observations"),
                // issue 26: a stored assessment traced on its table: as the assessment itself
                rule(GET, Role.VIEWER, "/api/teams/*/assessments/*/trace"),
                rule(GET, Role.VIEWER, "/api/teams", "/api/teams/**", "/api/portfolio", "/api/portfolio/teams"),
                rule(GET, Role.VIEWER, "/api/groups/*"), // issue 27: where a group stands (in scope, else 404)
                rule(POST, Role.ASSESSOR, "/api/teams", "/api/teams/*/assessments", "/api/imports"),
                rule(GET, Role.ASSESSOR, "/api/exports/**", "/api/imports"),
                rule(POST, Role.ASSESSOR, "/api/teams/*/plans"),
                rule(POST, Role.ASSESSOR, "/api/teams/*/confirmations"),
                rule(PATCH, Role.ASSESSOR, "/api/teams/*/plans/*"),
                // issue 27: a team renamed, moved, archived, restored by an assessor; deleted by an admin
                rule(PATCH, Role.ASSESSOR, "/api/teams/*"),
                rule(DELETE, Role.ADMIN, "/api/teams/*"),
                rule(DELETE, Role.ASSESSOR, "/api/teams/*/plans/*"),
                rule(GET, Role.VIEWER, "/api/rulesets", "/api/rulesets/*", "/api/rulesets/*/report"),
                rule(GET, Role.VIEWER, "/api/rulesets/*/coverage"), // issue 26: what the scenarios exercise
                rule(POST, Role.ANALYST, "/api/rulesets/drafts", "/api/rulesets/*/publish", "/api/rulesets/*/rollback"),
                rule(GET, Role.ADMIN, "/api/audit"),
                // issue 27: the groups as the caller may see them; the tree changed by an admin
                rule(GET, Role.VIEWER, "/api/groups"),
                rule(POST, Role.ADMIN, "/api/groups"),
                rule(PATCH, Role.ADMIN, "/api/groups/*"),
                rule(DELETE, Role.ADMIN, "/api/groups/*"),
                // issue 25: an archive in, what its files show out; nothing stored, but it costs a scan: an assessor's
                rule(POST, Role.ASSESSOR, "/api/scan"),
                // the API's own description and the probes: open, they hold no team data
                rule(GET, null, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/actuator/info"),
                // metrics: a Prometheus scrape signs in with a viewer's API token (README "Operate it")
                rule(GET, Role.VIEWER, "/actuator/prometheus")));
        return List.copyOf(rules);
    }

    /** The workbench's pages that read or change stored data: as the API behind them. */
    private static List<Rule> pageRules() {
        return List.of(
                rule(POST, Role.ASSESSOR, "/store", "/teams", "/teams/import"),
                rule(POST, Role.ASSESSOR, "/teams/*/plans", "/teams/*/plans/*/rename", "/teams/*/plans/*/delete"),
                rule(POST, Role.ASSESSOR, "/teams/*/confirmations"),
                // issue 27: the team page's "Manage team" forms, as PATCH and DELETE /api/teams/{id}
                rule(POST, Role.ASSESSOR, "/teams/*/rename", "/teams/*/move", "/teams/*/archive", "/teams/*/restore"),
                rule(POST, Role.ADMIN, "/teams/*/delete"),
                // issue 25: an uploaded archive of the team's repository, the team's pipeline tokens
                rule(POST, Role.ASSESSOR, "/teams/*/observations", "/teams/*/tokens", "/teams/*/tokens/*/revoke"),
                // issue 23: the import's template and an import's outcome page are the assessor's, as the import
                rule(GET, Role.ASSESSOR, "/teams/import/template.csv", "/teams/imports/*"),
                // issue 26: a stored assessment traced on its table, and a draft's failing scenario on the draft's
                rule(GET, Role.VIEWER, "/teams/*/assessments/*/trace", "/rulesets/*/trace"),
                rule(GET, Role.VIEWER, "/teams", "/teams/**", "/portfolio"),
                rule(GET, Role.VIEWER, "/groups/*"), // issue 27: a group's page, as GET /api/groups/{id}
                rule(GET, Role.ADMIN, "/rulesets/audit"),
                // issue 27: the groups' tree, and an admin's forms that change it (as /api/groups)
                rule(GET, Role.VIEWER, "/groups"),
                rule(POST, Role.ADMIN, "/groups", "/groups/*/rename", "/groups/*/move", "/groups/*/delete"),
                rule(GET, Role.ANALYST, "/rulesets/refused/*"), // issue 23: a refused draft's report, kept for the session
                rule(GET, Role.VIEWER, "/rulesets", "/rulesets/compare", "/rulesets/*"),
                rule(POST, Role.ANALYST, "/rulesets/drafts", "/rulesets/*/publish", "/rulesets/*/rollback"),
                // one's own account as /api/users/me/password and /api/tokens; the users as /api/users
                rule(GET, Role.VIEWER, "/account"),
                rule(POST, Role.VIEWER, "/account/password", "/account/tokens", "/account/tokens/*/revoke"),
                // issue 27: end every session of one's own, on every replica (a lost laptop)
                rule(POST, Role.VIEWER, "/account/sign-out-everywhere"),
                rule(GET, Role.ADMIN, "/users", "/users/*"),
                rule(POST, Role.ADMIN, "/users", "/users/*/role", "/users/*/disabled", "/users/*/password",
                        "/users/*/delete", "/users/tokens/*/revoke"),
                rule(POST, Role.ADMIN, "/users/*/grants", "/users/*/grants/remove")); // issue 27
    }

    /**
     * A request for a page a browser shows (not the API, not an asset): refused anonymously, it is sent to the
     * login page; refused to a signed-in user, it gets a page saying which role is needed.
     */
    static boolean isPage(HttpServletRequest request) {
        return PAGES.stream().anyMatch(matcher -> matcher.matches(request));
    }

    private static List<RequestMatcher> pageMatchers() {
        List<RequestMatcher> pages = new java.util.ArrayList<>();
        STATELESS_PAGES.forEach(entry -> pages.add(rule(HttpMethod.valueOf(entry.split(" ")[0]), null,
                entry.split(" ")[1]).matcher()));
        pageRules().forEach(rule -> pages.add(rule.matcher()));
        return List.copyOf(pages);
    }

    private static Rule rule(HttpMethod method, Role role, String... paths) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        RequestMatcher[] matchers = Arrays.stream(paths).map(path -> builder.matcher(method, path))
                .toArray(RequestMatcher[]::new);
        return new Rule(method, role, matchers.length == 1 ? matchers[0]
                : new org.springframework.security.web.util.matcher.OrRequestMatcher(matchers), List.of(paths));
    }

    /** The least role the request needs: empty when open or when no rule lists it (then it is refused to all). */
    static Optional<Role> required(List<Rule> rules, HttpServletRequest request) {
        return rules.stream().filter(rule -> rule.matcher().matches(request)).findFirst().map(Rule::role);
    }

    static boolean listed(List<Rule> rules, HttpServletRequest request) {
        return rules.stream().anyMatch(rule -> rule.matcher().matches(request));
    }
}
