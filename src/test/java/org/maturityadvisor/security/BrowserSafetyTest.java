package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a hostile page or caller can try over real HTTP: forging X-User, posting from another origin, riding a browser
 * session without its CSRF token; and what every response carries (security headers, no session for scripts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserSafetyTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private String ana;
    private String viewer;

    @BeforeEach
    void users() {
        ana = SignIn.createUser(base(), "ana", "assessor");
        viewer = SignIn.createUser(base(), "vic", "viewer");
    }

    @Test
    void aForgedXUserChangesNothing() throws Exception {
        String team = unique();
        HttpResponse<String> created = send(post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Safe\"}").header("X-User", "admin")
                .header("Authorization", ana));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"createdBy\":\"ana\"").doesNotContain("\"createdBy\":\"admin\"");

        assertThat(send(get("/api/audit").header("X-User", "admin").header("Authorization", viewer)).statusCode())
                .isEqualTo(403);
        assertThat(send(get("/api/audit").header("X-User", "admin ")).statusCode()).isEqualTo(401);
        assertThat(send(post("/api/teams", "{\"id\": \"" + unique() + "\", \"name\": \"Safe\"}").header("X-User", "admin")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void aStateChangingRequestFromAnotherOriginIsRefusedEvenWithCredentials() throws Exception {
        String team = unique();
        HttpResponse<String> foreign = send(post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Safe\"}")
                .header("Authorization", ana).header("Origin", "https://evil.example"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("evil.example", "allowed-origins");
        assertThat(send(post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Safe\"}")
                .header("Authorization", ana).header("Origin", "null")).statusCode())
                .as("an opaque origin (a sandboxed frame, a no-referrer page elsewhere)").isEqualTo(403);
        assertThat(send(get("/api/teams/" + team).header("Authorization", ana)).statusCode()).isEqualTo(404);

        HttpResponse<String> sameOrigin = send(post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Safe\"}")
                .header("Authorization", ana).header("Origin", "http://localhost:" + port));
        assertThat(sameOrigin.statusCode()).isEqualTo(201);
    }

    @Test
    void aBrowserSessionNeedsItsCsrfTokenForEveryChange() throws Exception {
        HttpResponse<String> page = send(get("/login"));
        assertThat(page.statusCode()).isEqualTo(200);
        String xsrf = cookie(page, "XSRF-TOKEN");
        Matcher field = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(field.find()).as(page.body()).isTrue();

        HttpResponse<String> noToken = send(form("/login", "username=ana&password=" + SignIn.password("ana"))
                .header("Cookie", "XSRF-TOKEN=" + xsrf));
        assertThat(noToken.statusCode()).as("a sign-in without the token (login CSRF)").isEqualTo(403);
        HttpResponse<String> signedIn = send(form("/login", "username=ana&password=" + SignIn.password("ana")
                + "&_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8))
                .header("Cookie", "XSRF-TOKEN=" + xsrf));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String session = "JSESSIONID=" + cookie(signedIn, "JSESSIONID");
        HttpResponse<String> me = send(get("/api/me").header("Cookie", session));
        assertThat(me.body()).contains("\"name\":\"ana\"", "\"role\":\"assessor\"");
        String token = cookie(me, "XSRF-TOKEN");

        String team = unique();
        HttpResponse<String> forged = send(post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Safe\"}").header("Cookie", session));
        assertThat(forged.statusCode()).as("a cross-site form post rides the cookie, not the token").isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(forged.body()).contains("CSRF");
        assertThat(send(get("/api/teams/" + team).header("Cookie", session)).statusCode()).isEqualTo(404);

        HttpResponse<String> withToken = send(post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Safe\"}")
                .header("Cookie", session + "; XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token));
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
        assertThat(withToken.body()).contains("\"createdBy\":\"ana\"");
    }

    @Test
    void anAuthorizationHeaderBesideASessionDoesNotSkipTheCsrfCheck() throws Exception {
        String session = signedIn("ana");
        String team = unique();
        HttpResponse<String> form = send(form("/teams", "name=Forged&id=" + team).header("Cookie", session)
                .header("Authorization", "Foo bar"));
        assertThat(form.statusCode()).as("a form post riding the session with a header that signs nothing in")
                .isEqualTo(403);
        HttpResponse<String> api = send(post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Forged\"}")
                .header("Cookie", session).header("Authorization", "Foo bar"));
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("CSRF");
        assertThat(send(post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Forged\"}")
                .header("Cookie", session).header("Authorization", "Basic")).statusCode())
                .as("a scheme with no credentials").isEqualTo(403);
        assertThat(send(post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Forged\"}")
                .header("Cookie", session).header("Authorization", ana)).statusCode())
                .as("even real credentials: a request carrying a session needs its token").isEqualTo(403);
        assertThat(send(get("/api/teams/" + team).header("Authorization", ana)).statusCode()).isEqualTo(404);
    }

    /** Signs {@code user} in through the login form; the session cookie. */
    private String signedIn(String user) throws Exception {
        HttpResponse<String> page = send(get("/login"));
        Matcher field = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(field.find()).as(page.body()).isTrue();
        HttpResponse<String> signedIn = send(form("/login", "username=" + user + "&password=" + SignIn.password(user)
                + "&_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8))
                .header("Cookie", "XSRF-TOKEN=" + cookie(page, "XSRF-TOKEN")));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return "JSESSIONID=" + cookie(signedIn, "JSESSIONID");
    }

    @Test
    void basicAndAnonymousCallsStayStatelessAndNeedNoCsrfToken() throws Exception {
        HttpResponse<String> basic = send(post("/api/teams", "{\"id\": \"" + unique() + "\", \"name\": \"Safe\"}")
                .header("Authorization", ana));
        assertThat(basic.statusCode()).isEqualTo(201);
        assertThat(basic.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        HttpResponse<String> anonymous = send(post("/api/assessments", "{\"team\": \"x\", \"answers\": {}}"));
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {send(get("/api/teams").header("Authorization", ana)),
                send(get("/api/teams")), send(get("/api/models"))}) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'"));
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                    assertThat(cache).contains("no-store"));
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void corsIsClosedWithoutAnAllowList() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base() + "/api/teams"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void refusalsSayWhatIsNeeded() throws Exception {
        HttpResponse<String> anonymous = send(get("/api/teams"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).contains("Basic", "Bearer"));
        assertThat(anonymous.body()).contains("requires role viewer");
        HttpResponse<String> tooLow = send(post("/api/rulesets/1/publish", "{}").header("Authorization", ana));
        assertThat(tooLow.statusCode()).isEqualTo(403);
        assertThat(tooLow.body()).contains("\"detail\":\"requires role analyst\"");
        HttpResponse<String> wrongPassword = send(get("/api/teams").header("Authorization",
                SignIn.basic("ana", "not-the-password")));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(wrongPassword.body()).contains("credentials were refused");
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .filter(value -> !value.isEmpty()).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().map()));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String unique() {
        return "safe-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
