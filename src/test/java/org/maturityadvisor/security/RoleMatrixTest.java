package org.maturityadvisor.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maturityadvisor.security.RoleMatrixTest.Least.ADMIN;
import static org.maturityadvisor.security.RoleMatrixTest.Least.ANALYST;
import static org.maturityadvisor.security.RoleMatrixTest.Least.ANONYMOUS;
import static org.maturityadvisor.security.RoleMatrixTest.Least.ASSESSOR;
import static org.maturityadvisor.security.RoleMatrixTest.Least.NOBODY;
import static org.maturityadvisor.security.RoleMatrixTest.Least.VIEWER;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the application maps, found at run time, called over real HTTP as an anonymous caller and as each
 * role: each is admitted exactly from its least role up, and refused below it with a problem naming that role. An
 * endpoint missing from {@link #EXPECTED} fails the build, so a new endpoint cannot ship without a decision. The
 * workbench's pages are asked for as a browser asks (HTML): refused, they send an anonymous visitor to the login page
 * and show a signed-in one an HTML page naming the role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoleMatrixTest {

    /** The least caller admitted; every one above is admitted too. NOBODY: refused to all. */
    enum Least {
        ANONYMOUS, VIEWER, ASSESSOR, ANALYST, ADMIN, NOBODY
    }

    /** The decision for each endpoint, written out here on purpose: not derived from the production table. */
    static final Map<String, Least> EXPECTED = Map.ofEntries(
            entry("POST /api/assessments", ANONYMOUS),
            entry("POST /api/assessments/trace", ANONYMOUS),
            entry("GET /api/teams/{id}/assessments/{seq}/trace", VIEWER),
            entry("GET /result/trace", ANONYMOUS),
            entry("GET /teams/{id}/assessments/{seq}/trace", VIEWER),
            entry("GET /rulesets/{id}/trace", VIEWER),
            entry("POST /api/simulations", ANONYMOUS),
            entry("POST /api/simulations/path", ANONYMOUS),
            entry("POST /api/simulations/impact", ANONYMOUS),
            entry("POST /api/simulations/next-steps", ANONYMOUS),
            entry("POST /api/simulations/roadmap", ANONYMOUS),
            entry("GET /api/teams/{id}/roadmap", VIEWER),
            entry("GET /api/teams/{id}/plans", VIEWER),
            entry("GET /api/teams/{id}/plans/compare", VIEWER),
            entry("POST /api/teams/{id}/plans", ASSESSOR),
            entry("PATCH /api/teams/{id}/plans/{planId}", ASSESSOR),
            entry("DELETE /api/teams/{id}/plans/{planId}", ASSESSOR),
            entry("GET /api/models", ANONYMOUS),
            entry("GET /api/practices", ANONYMOUS),
            entry("GET /api/context-fields", ANONYMOUS),
            entry("GET /api/teams", VIEWER),
            entry("GET /api/teams/{id}", VIEWER),
            entry("GET /api/teams/{id}/assessments", VIEWER),
            entry("GET /api/teams/{id}/assessments/{seq}", VIEWER),
            entry("GET /api/teams/{id}/assessments/{seq}/explain", VIEWER),
            entry("GET /api/teams/{id}/assessments/{from}/diff/{to}", VIEWER),
            entry("GET /api/portfolio", VIEWER),
            entry("GET /api/portfolio/teams", VIEWER),
            entry("GET /api/rulesets", VIEWER),
            entry("GET /api/rulesets/{id}", VIEWER),
            entry("GET /api/rulesets/{id}/report", VIEWER),
            entry("GET /api/rulesets/{id}/coverage", VIEWER),
            entry("GET /api/me", VIEWER),
            entry("PUT /api/users/me/password", VIEWER),
            entry("GET /api/tokens", VIEWER),
            entry("POST /api/tokens", VIEWER),
            entry("DELETE /api/tokens/{id}", VIEWER),
            entry("POST /api/teams", ASSESSOR),
            entry("POST /api/teams/{id}/assessments", ASSESSOR),
            entry("POST /api/teams/{id}/confirmations", ASSESSOR),
            entry("GET /api/teams/{id}/freshness", VIEWER),
            // issue 25: observations (also a pipeline token of the team: TeamTokenScopeTest), pipeline tokens
            entry("POST /api/teams/{id}/observations", ASSESSOR),
            entry("GET /api/teams/{id}/observations", VIEWER),
            entry("POST /api/teams/{id}/tokens", ASSESSOR),
            entry("GET /api/teams/{id}/tokens", ASSESSOR),
            entry("DELETE /api/teams/{id}/tokens/{name}", ASSESSOR),
            entry("POST /api/imports", ASSESSOR),
            entry("GET /api/imports", ASSESSOR),
            entry("GET /api/exports/assessments", ASSESSOR),
            entry("POST /api/rulesets/drafts", ANALYST),
            entry("POST /api/rulesets/{id}/publish", ANALYST),
            entry("POST /api/rulesets/{id}/rollback", ANALYST),
            entry("GET /api/audit", ADMIN),
            // issue 27: the groups
            entry("GET /api/groups", VIEWER),
            entry("POST /api/groups", ADMIN),
            entry("PATCH /api/groups/{id}", ADMIN),
            entry("DELETE /api/groups/{id}", ADMIN),
            entry("GET /groups", VIEWER),
            entry("POST /groups", ADMIN),
            entry("POST /groups/{id}/rename", ADMIN),
            entry("POST /groups/{id}/move", ADMIN),
            entry("POST /groups/{id}/delete", ADMIN),
            entry("GET /api/users", ADMIN),
            entry("POST /api/users", ADMIN),
            entry("PATCH /api/users/{name}", ADMIN),
            entry("DELETE /api/users/{name}", ADMIN),
            // issue 27: a user's grants
            entry("GET /api/users/{name}/grants", ADMIN),
            entry("POST /api/users/{name}/grants", ADMIN),
            entry("DELETE /api/users/{name}/grants", ADMIN),
            entry("POST /users/{name}/grants", ADMIN),
            entry("POST /users/{name}/grants/remove", ADMIN),
            // issue 27: a team renamed, moved, archived or restored by an assessor, deleted by an admin
            entry("PATCH /api/teams/{id}", ASSESSOR),
            entry("DELETE /api/teams/{id}", ADMIN),
            entry("POST /teams/{id}/rename", ASSESSOR),
            entry("POST /teams/{id}/move", ASSESSOR),
            entry("POST /teams/{id}/archive", ASSESSOR),
            entry("POST /teams/{id}/restore", ASSESSOR),
            entry("POST /teams/{id}/delete", ADMIN),
            // The workbench: pages that store nothing are as open as the stateless API, the rest as the API behind them
            entry("GET /login", ANONYMOUS),
            entry("GET /", ANONYMOUS),
            entry("GET /models", ANONYMOUS),
            entry("GET /models/files/{name:.+}", ANONYMOUS),
            entry("GET /result", ANONYMOUS),
            entry("GET /result.json", ANONYMOUS),
            entry("GET /result/roadmap.md", ANONYMOUS),
            entry("GET /result/roadmap.csv", ANONYMOUS),
            entry("POST /result", ANONYMOUS),
            entry("POST /result.json", ANONYMOUS),
            entry("POST /what-if", ANONYMOUS),
            entry("POST /what-if/path", ANONYMOUS),
            entry("POST /what-if/impact", ANONYMOUS),
            entry("POST /what-if/plans", ANONYMOUS),
            entry("GET /teams", VIEWER),
            entry("GET /teams/{id}", VIEWER),
            entry("GET /teams/{id}/assessments/{seq}", VIEWER),
            entry("GET /teams/{id}/diff", VIEWER),
            entry("GET /portfolio", VIEWER),
            entry("GET /rulesets", VIEWER),
            entry("GET /rulesets/{id}", VIEWER),
            entry("GET /rulesets/compare", VIEWER),
            entry("POST /store", ASSESSOR),
            entry("POST /teams", ASSESSOR),
            entry("POST /teams/import", ASSESSOR),
            entry("POST /teams/{id}/plans", ASSESSOR),
            entry("POST /teams/{id}/plans/{plan}/rename", ASSESSOR),
            entry("POST /teams/{id}/plans/{plan}/delete", ASSESSOR),
            entry("POST /teams/{id}/confirmations", ASSESSOR),
            entry("POST /teams/{id}/observations", ASSESSOR),
            entry("POST /teams/{id}/tokens", ASSESSOR),
            entry("POST /teams/{id}/tokens/{name}/revoke", ASSESSOR),
            entry("POST /rulesets/drafts", ANALYST),
            entry("POST /rulesets/{id}/publish", ANALYST),
            entry("POST /rulesets/{id}/rollback", ANALYST),
            entry("GET /rulesets/audit", ADMIN),
            entry("GET /account", VIEWER),
            entry("POST /account/password", VIEWER),
            entry("POST /account/tokens", VIEWER),
            entry("POST /account/tokens/{id}/revoke", VIEWER),
            entry("POST /account/sign-out-everywhere", VIEWER),
            entry("GET /users", ADMIN),
            entry("GET /users/{name}", ADMIN),
            entry("POST /users", ADMIN),
            entry("POST /users/{name}/role", ADMIN),
            entry("POST /users/{name}/disabled", ADMIN),
            entry("POST /users/{name}/password", ADMIN),
            entry("POST /users/{name}/delete", ADMIN),
            entry("POST /users/tokens/{id}/revoke", ADMIN),
            // issue 23: the analyst pages
            entry("GET /rulesets/refused/{key}", ANALYST),
            entry("GET /teams/import/template.csv", ASSESSOR),
            entry("GET /teams/imports/{key}", ASSESSOR),
            // issue 25: the stateless scan of an uploaded archive
            entry("POST /api/scan", ASSESSOR),
            // issue 27: where a group stands, as JSON and as a page
            entry("GET /api/groups/{id}", VIEWER),
            entry("GET /groups/{id}", VIEWER),
            // Spring Boot's error page: reached only by the container's error dispatch, never by a request
            entry("* /error", NOBODY),
            // the OpenAPI document and Swagger UI (springdoc): open, they describe the API and hold no data
            entry("GET /v3/api-docs", ANONYMOUS),
            entry("GET /v3/api-docs.yaml", ANONYMOUS),
            entry("GET /v3/api-docs/swagger-config", ANONYMOUS),
            entry("GET /swagger-ui.html", ANONYMOUS),
            // Actuator: probes and info open, metrics for a viewer's token, the links page for no one
            entry("GET /actuator", NOBODY),
            entry("GET /actuator/health", ANONYMOUS),
            entry("GET /actuator/health/**", ANONYMOUS),
            entry("GET /actuator/info", ANONYMOUS),
            entry("GET /actuator/prometheus", VIEWER));

    private static final List<Least> CALLERS = List.of(ANONYMOUS, VIEWER, ASSESSOR, ANALYST, ADMIN);

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /** Every handler mapping of request-mapping kind: the controllers', springdoc's and Actuator's endpoints. */
    @Autowired
    List<RequestMappingInfoHandlerMapping> mappings;

    @BeforeEach
    void users() {
        for (Least role : List.of(VIEWER, ASSESSOR, ANALYST)) {
            SignIn.createUser(base(), user(role), role.name().toLowerCase());
        }
    }

    /** One mapped method and path, with what its body must be. */
    record Endpoint(String method, String path, MediaType consumes) {
        String key() {
            return method + " " + path;
        }
    }

    @Test
    void everyMappedEndpointHasAnExplicitDecision() {
        Set<String> mapped = new TreeSet<>(endpoints().stream().map(Endpoint::key).toList());

        assertThat(new TreeSet<>(mapped)).as("endpoints without a decision in RoleMatrixTest.EXPECTED")
                .isSubsetOf(EXPECTED.keySet());
        assertThat(new TreeSet<>(EXPECTED.keySet())).as("decisions for endpoints no longer mapped")
                .isSubsetOf(mapped);
    }

    @Test
    void eachEndpointAdmitsItsLeastRoleAndAboveAndRefusesTheRestNamingTheRole() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Least least = EXPECTED.get(endpoint.key());
            assertThat(least).as(endpoint.key() + " has no decision").isNotNull();
            for (Least caller : CALLERS) {
                HttpResponse<String> response = call(endpoint, caller);
                String verdict = verdict(endpoint, least, caller, response);
                if (verdict != null) {
                    wrong.add(endpoint.key() + " as " + caller + ": " + verdict);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Issue 25: a pipeline token of team 1 is refused (403, saying what it may do) on every mapped endpoint, open ones
     * and pages included, but team 1's observations, and on team 2's.
     */
    @Test
    void aPipelineTokenIsRefusedEverywhereButItsOwnTeamsObservations() throws Exception {
        for (String team : List.of("1", "2")) {
            http.send(HttpRequest.newBuilder(URI.create(base() + "/api/teams")).header("Authorization", SignIn.admin())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"id\": \"" + team + "\", \"name\": \"Matrix team " + team + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // the walk over every endpoint may have archived it (POST /teams/1/archive): a token needs it active
            http.send(HttpRequest.newBuilder(URI.create(base() + "/api/teams/" + team)).header("Authorization",
                    SignIn.admin()).header("Content-Type", "application/json").method("PATCH",
                    HttpRequest.BodyPublishers.ofString("{\"archived\": false}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/teams/1/tokens"))
                .header("Authorization", SignIn.admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"matrix-pipeline-" + port + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String token = tools.jackson.databind.json.JsonMapper.builder().build().readTree(issued.body()).get("token")
                .stringValue();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.key().equals("GET /login")) {
                continue; // the sign-in form: Spring Security's form login lets everyone see it, before any rule
            }
            HttpResponse<String> response = call(endpoint, "Bearer " + token);
            boolean own = endpoint.key().equals("POST /api/teams/{id}/observations");
            int status = response.statusCode();
            if (own ? status == 401 || status == 403 : status != 403) {
                wrong.add(endpoint.key() + ": " + status + " " + response.body());
            } else if (!own && !isPage(endpoint) && !response.body().contains("may only POST /api/teams/1/observations")) {
                wrong.add(endpoint.key() + ": the refusal does not say what the token may do: " + response.body());
            }
        }
        assertThat(wrong).isEmpty();
        HttpResponse<String> other = call(new Endpoint("POST", "/api/teams/2/observations", null), "Bearer " + token);
        assertThat(other.statusCode()).isEqualTo(403);
    }

    @Autowired
    org.maturityadvisor.store.GroupStore groups;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** mx1 back in matrix-a and not archived: a call before (a move, an archive) may have taken it out. */
    private void mx1InGroupA() {
        groups.place("mx1", "matrix-a");
        jdbc.sql("update team set archived_at = null where id = 'mx1'").update();
    }

    /**
     * Issue 27: every endpoint called by a group-scoped assessor and viewer on team mx1, which sits in their group (in
     * scope: each gets exactly the status the organisation-wide role gets), and by an assessor and a viewer of another
     * group (out of scope: wherever a path names a team or group and their role would pass the URL rule, 404 with the
     * very body a missing team gets; everywhere else the status the organisation-wide role gets). Every variable of a
     * path is mx1 (mx0 for the missing team). Callers use API tokens of their own, so no password is hashed per call.
     */
    @Test
    void groupScopedGrantsAreAdmittedInTheirGroupAndMeetTheMissingTeamsAnswerOutsideIt() throws Exception {
        for (String group : List.of("matrix-a", "matrix-b")) {
            try {
                groups.create(new org.maturityadvisor.organisation.Group(group, group, null), "test",
                        java.time.OffsetDateTime.now());
            } catch (org.maturityadvisor.store.GroupExistsException again) {
                // made by an earlier run in this context
            }
        }
        http.send(HttpRequest.newBuilder(URI.create(base() + "/api/teams")).header("Authorization", SignIn.admin())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"id\": \"mx1\", \"name\": \"Matrix scoped team\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        groups.place("mx1", "matrix-a");
        Map<String, String> tokens = new java.util.HashMap<>();
        for (String role : List.of("viewer", "assessor")) {
            tokens.put("org-" + role, token("matrix-" + role));
            for (String group : List.of("matrix-a", "matrix-b")) {
                String user = group + "-" + role;
                SignIn.createUser(base(), user, "none");
                HttpResponse<String> granted = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/users/"
                        + user + "/grants")).header("Authorization", SignIn.admin()).header("Content-Type",
                        "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"role\": \"" + role
                        + "\", \"group\": \"" + group + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
                tokens.put(group + "-" + role, token(user));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Least least = EXPECTED.get(endpoint.key());
            boolean named = endpoint.path().matches("^(/api)?/(teams|groups)/\\{[^}]+}(/.*)?$");
            for (String role : List.of("viewer", "assessor")) {
                Least held = role.equals("viewer") ? VIEWER : ASSESSOR;
                mx1InGroupA();
                int orgWide = call(endpoint, "mx1", tokens.get("org-" + role)).statusCode();
                mx1InGroupA();
                HttpResponse<String> inScope = call(endpoint, "mx1", tokens.get("matrix-a-" + role));
                if (inScope.statusCode() != orgWide) {
                    wrong.add(endpoint.key() + " as an in-scope " + role + ": " + inScope.statusCode() + ", the "
                            + "organisation's " + role + " gets " + orgWide + " " + inScope.body());
                }
                mx1InGroupA();
                HttpResponse<String> outside = call(endpoint, "mx1", tokens.get("matrix-b-" + role));
                boolean passesUrlRule = least != NOBODY && held.compareTo(least) >= 0;
                if (named && passesUrlRule) {
                    HttpResponse<String> missing = call(endpoint, "mx0", tokens.get("matrix-b-" + role));
                    if (outside.statusCode() != 404) {
                        wrong.add(endpoint.key() + " as an out-of-scope " + role + ": " + outside.statusCode()
                                + ", expected 404 " + outside.body());
                    } else if (!withoutCsrf(outside.body()).replace("mx1", "mx0").equals(withoutCsrf(missing.body()))) {
                        wrong.add(endpoint.key() + " as an out-of-scope " + role + ": the body differs from a "
                                + "missing team's: " + outside.body() + " vs " + missing.body());
                    }
                } else if (outside.statusCode() != orgWide) {
                    wrong.add(endpoint.key() + " as an out-of-scope " + role + ": " + outside.statusCode() + ", the "
                            + "organisation's " + role + " gets " + orgWide + " " + outside.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A fresh API token of the user (signed in with their password), reaching as far as they do. */
    private String token(String user) throws Exception {
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/tokens"))
                .header("Authorization", SignIn.as(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + user + "-" + System.nanoTime()
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return "Bearer " + tools.jackson.databind.json.JsonMapper.builder().build().readTree(made.body()).get("token")
                .stringValue();
    }

    /** A page's CSRF token differs at every request: it is no part of what the page says. */
    private static String withoutCsrf(String body) {
        return body.replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "name=\"_csrf\"");
    }

    @Test
    void aPathNoEndpointMapsIsRefusedToEveryone() throws Exception {
        Endpoint unlisted = new Endpoint("GET", "/api/not-an-endpoint", null);
        for (Least caller : CALLERS) {
            assertThat(call(unlisted, caller).statusCode()).as(caller.name()).isEqualTo(caller == ANONYMOUS ? 401
                    : 403);
        }
        assertThat(call(new Endpoint("DELETE", "/api/portfolio", null), ADMIN).statusCode()).isEqualTo(403);
    }

    /** Null when the response is what the caller should get. */
    private static String verdict(Endpoint endpoint, Least least, Least caller, HttpResponse<String> response) {
        int status = response.statusCode();
        boolean admitted = least != NOBODY && caller.compareTo(least) >= 0;
        boolean toLogin = status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
        if (admitted) {
            return status == 401 || status == 403 || toLogin ? "refused (" + status + ") " + response.body() : null;
        }
        if (isPage(endpoint)) {
            return pageVerdict(least, caller, response, toLogin);
        }
        int refusal = caller == ANONYMOUS ? 401 : 403;
        if (status != refusal) {
            return "expected " + refusal + ", got " + status + " " + response.body();
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
            return "refusal is " + type + ", not a problem";
        }
        if (least != NOBODY && !response.body().contains("requires role " + least.name().toLowerCase())) {
            return "refusal does not name role " + least.name().toLowerCase() + ": " + response.body();
        }
        return null;
    }

    private static boolean isPage(Endpoint endpoint) {
        // machine endpoints answer with problem+json: the API, the OpenAPI document, Actuator, the error dispatch
        return !endpoint.path().startsWith("/api/") && !endpoint.path().equals("/error")
                && !endpoint.path().startsWith("/actuator") && !endpoint.path().startsWith("/v3/api-docs")
                && !endpoint.path().startsWith("/swagger-ui");
    }

    private static String pageVerdict(Least least, Least caller, HttpResponse<String> response, boolean toLogin) {
        if (caller == ANONYMOUS) {
            return toLogin ? null : "expected a redirect to /login, got " + response.statusCode() + " "
                    + response.headers().map();
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 403 || !type.startsWith(MediaType.TEXT_HTML_VALUE)) {
            return "expected a 403 page, got " + response.statusCode() + " " + type;
        }
        return response.body().contains("requires role " + least.name().toLowerCase()) ? null
                : "the 403 page does not name role " + least.name().toLowerCase() + ": " + response.body();
    }

    private HttpResponse<String> call(Endpoint endpoint, Least caller) throws Exception {
        return call(endpoint, caller == ADMIN ? SignIn.admin() : caller == ANONYMOUS ? null : SignIn.as(user(caller)));
    }

    /** The endpoint called with this Authorization header (null: none). */
    private HttpResponse<String> call(Endpoint endpoint, String authorization) throws Exception {
        return call(endpoint, "1", authorization);
    }

    /** The same, every path variable being {@code value}. */
    private HttpResponse<String> call(Endpoint endpoint, String value, String authorization) throws Exception {
        String path = endpoint.path().replaceAll("\\{[^}]+}", value);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (isPage(endpoint)) {
            request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String method = endpoint.method().equals("*") ? "GET" : endpoint.method();
        if (method.equals("GET") || method.equals("DELETE")) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            MediaType type = endpoint.consumes() == null ? MediaType.APPLICATION_JSON : endpoint.consumes();
            String body = type.equals(MediaType.MULTIPART_FORM_DATA) ? "--b--\r\n" : type.equals(
                    MediaType.APPLICATION_JSON) ? "{}" : "";
            String contentType = type.equals(MediaType.MULTIPART_FORM_DATA) ? type + "; boundary=b" : type.toString();
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every (method, path) the application maps, each with the first media type it consumes. */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.stream().flatMap(m -> m.getHandlerMethods().keySet().stream())
                .toList()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                    .orElse(null);
            for (String path : info.getPathPatternsCondition().getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("*", path, consumes));
                }
                methods.forEach(method -> endpoints.add(new Endpoint(method.name(), path, consumes)));
            }
        }
        return endpoints;
    }

    private static String user(Least role) {
        return "matrix-" + role.name().toLowerCase();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
