package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in to the workbench over real HTTP: pages needing a role send a visitor to the login page and back, a
 * signed-in user sees only what their role may do, and every change from a session needs the page's CSRF token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SignInPagesTest {

    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndBackToThePageAskedFor() {
        Pages pages = new Pages(port);
        for (String path : new String[] {"/teams", "/portfolio", "/rulesets", "/rulesets/1", "/rulesets/audit",
                "/?load=some-team"}) {
            HttpResponse<String> refused = pages.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).as(path).hasValue(pages.url("/login"));
        }
        pages.get("/rulesets");
        org.maturityadvisor.testing.SignIn.createUser(pages.url(""), "back-viewer", "viewer");
        HttpResponse<String> signedIn = pages.tryToSignIn("back-viewer", "back-viewer-password");
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(pages.url("/rulesets")));
        assertThat(pages.get("/rulesets").statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginPageIsTheWorkbenchsOwnAndSaysWhenCredentialsAreWrong() {
        Pages pages = new Pages(port);
        String login = pages.get("/login").body();
        assertThat(login).contains("<main id=\"main\">", "<label for=\"username\">", "<label for=\"password\">",
                "autocomplete=\"current-password\"", "name=\"_csrf\"", "/css/workbench.css")
                .doesNotContain("login-error", "bootstrap");
        HttpResponse<String> wrong = pages.tryToSignIn("admin", "not-the-password");
        assertThat(wrong.headers().firstValue("Location")).hasValue(pages.url("/login?error"));
        assertThat(pages.get("/login?error").body()).contains("id=\"login-error\"", "name or password is wrong");
    }

    @Test
    void theNavigationOffersWhatTheRoleMayDo() {
        String anonymous = new Pages(port).get("/").body();
        assertThat(anonymous).contains("id=\"sign-in\"", "href=\"/models\"").doesNotContain("href=\"/teams\"",
                "href=\"/rulesets\"", "id=\"logout\"", "id=\"store\"");

        Pages viewer = Pages.as(port, "nav-viewer", "viewer");
        assertThat(viewer.get("/").body()).contains("href=\"/teams\"", "href=\"/portfolio\"", "href=\"/rulesets\"",
                "Signed in as <strong>nav-viewer</strong>", "id=\"logout\"").doesNotContain("href=\"/rulesets/audit\"",
                "id=\"store\"", "id=\"sign-in\"");
        assertThat(viewer.get("/teams").body()).doesNotContain("id=\"register\"");
        String versions = viewer.get("/rulesets").body();
        assertThat(versions).contains("id=\"versions\"", "id=\"read-only\"").doesNotContain("id=\"upload-form\"");
        assertThat(viewer.get("/rulesets/1").body()).doesNotContain("id=\"publish-form\"", "id=\"rollback-form\"");

        Pages analyst = Pages.as(port, "nav-analyst", "analyst");
        assertThat(analyst.get("/rulesets").body()).contains("id=\"upload-form\"").doesNotContain("/rulesets/audit");
        // the first version is the active one with nothing before it: the page offers no rollback even to an analyst
        // (what each role is offered per version is RuleSetPagesTest's; the policy is ActivationPolicy's)
        assertThat(analyst.get("/rulesets/1").body()).doesNotContain("id=\"rollback-form\"", "id=\"publish-form\"");

        Pages admin = Pages.admin(port);
        assertThat(admin.get("/").body()).contains("href=\"/rulesets/audit\"");
    }

    @Test
    void aFormPostFromASessionNeedsItsCsrfToken() {
        Pages assessor = Pages.as(port, "csrf-assessor", "assessor");
        HttpResponse<String> forged = assessor.postWithoutToken("/teams", Map.of("name", "Forged " + port));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(forged.body()).contains("security token is missing or stale");
        assertThat(assessor.get("/teams").body()).doesNotContain("Forged " + port);

        HttpResponse<String> registered = assessor.post("/teams", Map.of("name", "Tokened " + port));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
        assertThat(assessor.get("/teams").body()).contains("Tokened " + port);
    }

    @Test
    void aViewersForgedPublishIsRefusedWithAPageNamingTheRole() {
        Pages viewer = Pages.as(port, "forging-viewer", "viewer");
        HttpResponse<String> withToken = viewer.post("/rulesets/1/publish", Map.of("reason", "forged"));
        assertThat(withToken.statusCode()).isEqualTo(403);
        assertThat(withToken.body()).contains("<main id=\"main\">", "requires role analyst");
        assertThat(viewer.postWithoutToken("/rulesets/1/rollback", Map.of()).statusCode()).isEqualTo(403);
        assertThat(Pages.admin(port).get("/rulesets/audit").body()).doesNotContain("<td>forging-viewer</td>");
    }

    @Test
    void signingOutEndsTheSession() {
        Pages viewer = Pages.as(port, "leaving-viewer", "viewer");
        assertThat(viewer.get("/teams").statusCode()).isEqualTo(200);
        HttpResponse<String> out = viewer.post("/logout", Map.of());
        assertThat(out.headers().firstValue("Location")).hasValue(viewer.url("/login?logout"));
        assertThat(viewer.get("/login?logout").body()).contains("You are signed out");
        assertThat(viewer.get("/teams").statusCode()).isEqualTo(302);
    }

    @Test
    void anHtmxRequestIsToldToLoadTheLoginPageAndTheApiStillAnswersAProblem() {
        Pages pages = new Pages(port);
        HttpResponse<String> fragment = pages.send(HttpRequest.newBuilder(URI.create(pages.url("/teams")))
                .header("HX-Request", "true").GET());
        assertThat(fragment.statusCode()).isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login");
        HttpResponse<String> api = pages.get("/api/teams");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(api.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void thePagesRunNoInlineScript() {
        HttpResponse<String> page = new Pages(port).get("/");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self';", "style-src 'self';").doesNotContain("unsafe"));
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*(src=|type=\"application/json\"))")
                .doesNotContainPattern(" on[a-z]+=\"").doesNotContain("style=\"");
    }
}
