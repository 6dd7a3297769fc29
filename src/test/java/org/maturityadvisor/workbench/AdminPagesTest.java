package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Users, roles, tokens and one's own password on the workbench's pages, over real HTTP: each change redirects to a
 * page saying what was done, each refusal is the API's (same policy, same reason) with its status, and only an admin
 * reaches the users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class AdminPagesTest {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\"[^>]*value=\"(mat_[^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void anAdminCreatesAUserChangesTheRoleDisablesAndDeletesThroughThePages() {
        Pages admin = Pages.admin(port);
        HttpResponse<String> created = admin.post("/users", Map.of("name", "page-made", "role", "viewer",
                "password", "page-made-password"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/users");
        assertThat(admin.get("/users").body()).contains("User page-made was created as viewer.", "id=\"user-page-made\"");
        assertThat(admin.get("/users").body()).as("the message is shown once").doesNotContain("was created as");
        assertThat(new Api(port).send("GET", "/api/me", null, SignIn.basic("page-made", "page-made-password"))
                .statusCode()).isEqualTo(200);

        assertThat(admin.post("/users/page-made/role", Map.of("role", "analyst")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/users/page-made").body()).contains("page-made is now analyst.",
                "id=\"user-role\">analyst<");
        assertThat(admin.post("/users/page-made/disabled", Map.of("disabled", "true")).statusCode()).isEqualTo(302);
        assertThat(new Api(port).send("GET", "/api/me", null, SignIn.basic("page-made", "page-made-password"))
                .statusCode()).as("disabled").isEqualTo(401);
        assertThat(admin.post("/users/page-made/disabled", Map.of("disabled", "false")).statusCode()).isEqualTo(302);
        assertThat(admin.post("/users/page-made/password", Map.of("password", "a-reset-password")).statusCode())
                .isEqualTo(302);
        assertThat(new Api(port).send("GET", "/api/me", null, SignIn.basic("page-made", "a-reset-password"))
                .statusCode()).as("enabled, with the reset password").isEqualTo(200);

        assertThat(admin.post("/users/page-made/delete", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.get("/users").body()).contains("User page-made and their API tokens were deleted.")
                .doesNotContain("id=\"user-page-made\"");
    }

    @Test
    void thePagesRefuseWhatTheApiRefusesWithItsReasonAndStatus() {
        Pages admin = Pages.admin(port);
        HttpResponse<String> shortPassword = admin.post("/users", Map.of("name", "short-one", "role", "viewer",
                "password", "short"));
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("Nothing was changed", "Password: expected at least 12 characters")
                .contains("value=\"short-one\"");

        HttpResponse<String> lastAdmin = admin.post("/users/admin/role", Map.of("role", "viewer"));
        assertThat(lastAdmin.statusCode()).isEqualTo(409);
        assertThat(lastAdmin.body()).contains("At least one enabled admin must remain; make another user admin first.");
        assertThat(admin.post("/users/admin/disabled", Map.of("disabled", "true")).statusCode()).isEqualTo(409);
        assertThat(admin.post("/users/admin/delete", Map.of()).statusCode()).isEqualTo(409);
        assertThat(admin.post("/users/nobody-here/role", Map.of("role", "viewer")).statusCode()).isEqualTo(404);
        assertThat(admin.get("/").body()).as("the admin is still signed in, still admin")
                .contains("href=\"/users\"");
    }

    @Test
    void aViewerGetsNoUsersLinkAndAPageNamingTheAdminRole() {
        Pages viewer = Pages.as(port, "page-viewer", "viewer");
        String home = viewer.get("/").body();
        assertThat(home).contains("href=\"/account\"").doesNotContain("href=\"/users\"");
        HttpResponse<String> users = viewer.get("/users");
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(users.body()).contains("requires role admin");
        assertThat(viewer.post("/users", Map.of("name", "sneaky", "role", "admin", "password",
                "sneaky-password-1")).statusCode()).isEqualTo(403);
        assertThat(new Pages(port).get("/account").headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void aUserCreatesATokenSeesItsSecretOnceUsesItAndRevokesIt() {
        Pages analyst = Pages.as(port, "page-tokens", "analyst");
        HttpResponse<String> tooHigh = analyst.post("/account/tokens", Map.of("name", "too-high", "role", "admin",
                "days", "30"));
        assertThat(tooHigh.statusCode()).isEqualTo(403);
        assertThat(tooHigh.body()).contains("A token&#39;s role is at most its creator&#39;s (analyst).");
        assertThat(analyst.post("/account/tokens", Map.of("name", "long-lived", "role", "viewer", "days", "9999"))
                .body()).contains("Expires in (days): expected 1 to 365 days, got 9999");

        HttpResponse<String> created = analyst.post("/account/tokens", Map.of("name", "page-ci", "role", "viewer",
                "days", "30"));
        assertThat(created.statusCode()).isEqualTo(200);
        String page = created.body();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as(page).isTrue();
        assertThat(analyst.get("/account").body()).as("shown once").doesNotContain(secret.group(1))
                .contains("page-ci");
        String bearer = "Bearer " + secret.group(1);
        assertThat(new Api(port).send("GET", "/api/me", null, bearer).body()).contains("\"role\":\"viewer\"");

        Matcher row = Pattern.compile("/account/tokens/(\\d+)/revoke").matcher(page);
        assertThat(row.find()).isTrue();
        assertThat(analyst.post("/account/tokens/" + row.group(1) + "/revoke", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(analyst.get("/account").body()).contains("The API token page-ci was revoked");
        assertThat(new Api(port).send("GET", "/api/me", null, bearer).statusCode()).isEqualTo(401);
    }

    @Test
    void aUserChangesTheirOwnPasswordAndSignsInWithIt() {
        Pages viewer = Pages.as(port, "page-password", "viewer");
        HttpResponse<String> wrong = viewer.post("/account/password", Map.of("currentPassword", "not-it",
                "password", "short", "repeat", "shorter"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Current password: does not match",
                "Password: expected at least 12 characters", "Repeat the new password: does not match");

        HttpResponse<String> changed = viewer.post("/account/password", Map.of("currentPassword",
                SignIn.password("page-password"), "password", "my-new-page-password", "repeat",
                "my-new-page-password"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/login?changed");
        assertThat(viewer.get("/login?changed").body()).contains("Your password was changed");
        assertThat(viewer.get("/account").headers().firstValue("Location").orElse(""))
                .as("the old session ended").endsWith("/login");
        assertThat(new Pages(port).tryToSignIn("page-password", SignIn.password("page-password"))
                .headers().firstValue("Location").orElse("")).contains("error");
        new Pages(port).signIn("page-password", "my-new-page-password");
    }

    @Test
    void theIconIsServedToAnyoneSoNoPageCausesARefusal() {
        Api api = new Api(port);
        HttpResponse<String> anonymous = api.send(api.anonymous("/favicon.ico").GET());
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        HttpResponse<String> signedIn = api.send("GET", "/favicon.ico", null, SignIn.createUser(
                "http://127.0.0.1:" + port, "icon-viewer", "viewer"));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        HttpResponse<String> svg = api.send(api.anonymous("/favicon.svg").GET());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(new Pages(port).get("/").body()).contains("<link rel=\"icon\" type=\"image/svg+xml\" "
                + "href=\"/favicon.svg\">");
    }
}
