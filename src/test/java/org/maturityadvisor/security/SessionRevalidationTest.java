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
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser session is only as good as the user behind it: deleting, disabling or demoting the user, or any change of
 * their password, ends every session they have (the next request is signed out), on every replica, because each
 * session request re-reads the user from the shared database. Signed in through the real login form, CSRF and all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionRevalidationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /** What an admin (or the user) does to the signed-in user {@code name}: method, path, body, as whom. */
    record Change(String label, String method, String path, String body, boolean byTheUser) {

        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Arguments> changesThatEndTheSession() {
        return Stream.of(
                Arguments.of(new Change("deleted", "DELETE", "/api/users/%s", null, false)),
                Arguments.of(new Change("disabled", "PATCH", "/api/users/%s", "{\"disabled\": true}", false)),
                Arguments.of(new Change("demoted", "PATCH", "/api/users/%s", "{\"role\": \"viewer\"}", false)),
                Arguments.of(new Change("promoted", "PATCH", "/api/users/%s", "{\"role\": \"admin\"}", false)),
                Arguments.of(new Change("password reset by an admin", "PATCH", "/api/users/%s",
                        "{\"password\": \"a-password-set-by-the-admin\"}", false)),
                Arguments.of(new Change("password changed by the user", "PUT", "/api/users/me/password",
                        "{\"currentPassword\": \"%p\", \"password\": \"a-password-the-user-chose\"}", true)));
    }

    @ParameterizedTest(name = "a {0} user''s session is refused")
    @MethodSource("changesThatEndTheSession")
    void aChangedUsersSessionIsRefused(Change change) throws Exception {
        String name = "eve-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.createUser(base(), name, "analyst");
        Session eve = signIn(name);
        assertThat(eve.send("POST", "/api/teams", "{\"name\": \"Before " + name + "\"}").statusCode())
                .as("the session works before the change").isEqualTo(201);

        String path = change.path().formatted(name);
        String body = change.body() == null ? null : change.body().replace("%p", SignIn.password(name));
        HttpResponse<String> changed = change.byTheUser() ? eve.send(change.method(), path, body)
                : send(change.method(), path, body, SignIn.admin());
        assertThat(changed.statusCode()).as(changed.body()).isIn(200, 204);

        HttpResponse<String> api = eve.send("POST", "/api/teams", "{\"name\": \"After " + name + "\"}");
        assertThat(api.statusCode()).as("the API treats the session as signed out: " + api.body()).isEqualTo(401);
        HttpResponse<String> page = eve.send("GET", "/teams", null);
        assertThat(page.statusCode()).as("a page sends the visitor to sign in").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void aDeletedAdminsSessionCannotCreateAnotherAdmin() throws Exception {
        SignIn.createUser(base(), "eve", "admin");
        Session eve = signIn("eve");
        assertThat(send("DELETE", "/api/users/eve", null, SignIn.admin()).statusCode()).isEqualTo(204);

        HttpResponse<String> created = eve.send("POST", "/api/users", "{\"name\": \"eve2\", \"password\": "
                + "\"eve2-password-long\", \"role\": \"admin\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(401);
        assertThat(send("GET", "/api/users", null, SignIn.admin()).body()).doesNotContain("eve2");
    }

    @Test
    void anUnchangedUsersSessionKeepsWorking() throws Exception {
        SignIn.createUser(base(), "ned", "assessor");
        Session ned = signIn("ned");
        SignIn.createUser(base(), "other-" + UUID.randomUUID().toString().substring(0, 8), "viewer");
        assertThat(send("GET", "/api/me", null, SignIn.as("ned")).statusCode()).isEqualTo(200);
        assertThat(ned.send("POST", "/api/teams", "{\"name\": \"Still Mine\"}").statusCode()).isEqualTo(201);
        assertThat(ned.send("GET", "/api/me", null).body()).contains("\"name\":\"ned\"", "\"role\":\"assessor\"");
    }

    /** A browser's session: its cookie and the CSRF token it echoes in X-XSRF-TOKEN. */
    private final class Session {
        private final String cookie;
        private final String xsrf;

        Session(String cookie, String xsrf) {
            this.cookie = cookie;
            this.xsrf = xsrf;
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Cookie", cookie + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf);
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private Session signIn(String name) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(page, "XSRF-TOKEN");
        Matcher field = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(field.find()).as(page.body()).isTrue();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + SignIn.password(name)
                        + "&_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String session = "JSESSIONID=" + cookie(signedIn, "JSESSIONID");
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/me"))
                .header("Cookie", session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.body()).contains("\"name\":\"" + name + "\"");
        return new Session(session, cookie(me, "XSRF-TOKEN"));
    }

    private HttpResponse<String> send(String method, String path, String json, String authorization) {
        return new Api(port).send(method, path, json, authorization);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .filter(value -> !value.isEmpty()).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().map()));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
