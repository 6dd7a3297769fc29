package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.FormSession;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A browser session is a row of {@code spring_session} (on the embedded H2 here, on PostgreSQL in the subclass):
 * signing in by the form writes it, naming the user; signing out deletes it; signing out everywhere, a password change
 * (one's own, by the API or the account page, or an admin's reset), a disable, a role change and a delete delete
 * every row of the user at once, before any of those cookies is used again. Real HTTP, the real login form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsInDatabaseTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSignInIsARowNamingTheUserAndSigningOutDeletesIt() {
        String name = user("analyst");
        FormSession laptop = signIn(name);
        FormSession phone = signIn(name);
        assertThat(rows(name)).isEqualTo(2);
        String id = jdbc.sql("select session_id from spring_session where session_id = ?")
                .param(new String(Base64.getDecoder().decode(laptop.cookie()), StandardCharsets.UTF_8))
                .query(String.class).optional().orElse(null);
        assertThat(id).as("the cookie names the row").isNotNull();

        HttpResponse<String> out = laptop.signOut();
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(rows(name)).as("only the signed-out session's row is gone").isEqualTo(1);
        assertThat(laptop.signedInAs()).isNull();
        assertThat(phone.signedInAs()).isEqualTo(name);
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheUserAndNoOneElses() {
        String name = user("viewer");
        String other = user("viewer");
        FormSession laptop = signIn(name);
        FormSession phone = signIn(name);
        FormSession someoneElse = signIn(other);

        HttpResponse<String> everywhere = phone.form("/account/sign-out-everywhere", "");
        assertThat(everywhere.statusCode()).as(everywhere.body()).isEqualTo(302);
        assertThat(everywhere.headers().firstValue("Location").orElse("")).endsWith("/login?everywhere");

        assertThat(rows(name)).isZero();
        assertThat(laptop.signedInAs()).isNull();
        assertThat(phone.signedInAs()).isNull();
        assertThat(rows(other)).isEqualTo(1);
        assertThat(someoneElse.signedInAs()).isEqualTo(other);
        assertThat(api().send("GET", "/api/audit?limit=20", null, SignIn.admin()).body())
                .contains("session-ended", "signed out everywhere", "2 sessions");
    }

    @Test
    void signingOutEverywhereNeedsTheCsrfToken() {
        String name = user("viewer");
        FormSession laptop = signIn(name);
        HttpResponse<String> forged = api().send(api().anonymous("/account/sign-out-everywhere")
                .header("Cookie", "JSESSIONID=" + laptop.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(rows(name)).isEqualTo(1);
        assertThat(laptop.signedInAs()).isEqualTo(name);
    }

    /**
     * A new token's secret is shown once, on the page that answers the form, and never written anywhere: not to the
     * session's rows either, which anyone reading the database could otherwise take tokens from.
     */
    @Test
    void aNewTokensSecretIsShownOnTheAnswerAndNeverStoredInTheSession() {
        String name = user("assessor");
        FormSession laptop = signIn(name);
        HttpResponse<String> created = laptop.form("/account/tokens", "name=ci-" + name + "&role=viewer&days=30");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("(mat_[A-Za-z0-9_-]{20,})")
                .matcher(created.body());
        assertThat(secret.find()).as(created.body()).isTrue();
        List<byte[]> stored = jdbc.sql("select a.attribute_bytes from spring_session_attributes a join spring_session s"
                + " on s.primary_id = a.session_primary_id where s.principal_name = ?").param(name)
                .query((rs, n) -> rs.getBytes(1)).list();
        assertThat(stored).isNotEmpty().allSatisfy(bytes -> assertThat(new String(bytes,
                java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret.group(1)));
        assertThat(laptop.send("GET", "/account", null).body()).as("shown once").doesNotContain(secret.group(1));
    }

    /** A change to the user {@code name}: made by the user's own session or by a signed-in admin. */
    record Change(String label, BiFunction<FormSession, String, HttpResponse<String>> by, boolean byTheUser) {

        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Change> changesThatEndEverySession() {
        return Stream.of(
                new Change("own password by the API", (own, name) -> own.send("PUT", "/api/users/me/password",
                        "{\"currentPassword\": \"" + SignIn.password(name) + "\", \"password\": \"a-new-password-1\"}"),
                        true),
                new Change("own password on the account page", (own, name) -> own.form("/account/password",
                        "currentPassword=" + SignIn.password(name) + "&password=a-new-password-1&repeat="
                                + "a-new-password-1"), true),
                new Change("password reset by an admin (API)", (admin, name) -> admin.send("PATCH",
                        "/api/users/" + name, "{\"password\": \"a-password-set-by-the-admin\"}"), false),
                new Change("password reset by an admin (users page)", (admin, name) -> admin.form(
                        "/users/" + name + "/password", "password=a-password-set-by-the-admin"), false),
                new Change("disabled", (admin, name) -> admin.send("PATCH", "/api/users/" + name,
                        "{\"disabled\": true}"), false),
                new Change("role changed", (admin, name) -> admin.send("PATCH", "/api/users/" + name,
                        "{\"role\": \"viewer\"}"), false),
                new Change("deleted", (admin, name) -> admin.send("DELETE", "/api/users/" + name, null), false));
    }

    @ParameterizedTest(name = "{0}: every session of the user ends")
    @MethodSource("changesThatEndEverySession")
    void aChangeDeletesEveryRowOfTheUser(Change change) {
        String name = user("assessor");
        FormSession laptop = signIn(name);
        FormSession phone = signIn(name);
        String bystander = user("assessor");
        FormSession untouched = signIn(bystander);
        assertThat(rows(name)).isEqualTo(2);

        FormSession by = change.byTheUser() ? phone : signIn("admin", SignIn.ADMIN_PASSWORD);
        HttpResponse<String> done = change.by().apply(by, name);
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204, 302, 303);

        assertThat(rows(name)).as("the rows go with the change, before either cookie is used again").isZero();
        assertThat(laptop.signedInAs()).isNull();
        assertThat(phone.signedInAs()).isNull();
        assertThat(untouched.signedInAs()).isEqualTo(bystander);
        if (!change.byTheUser()) {
            assertThat(by.signedInAs()).as("the admin's own session stays").isEqualTo("admin");
        }
    }

    @Test
    void aChangeThatLeavesTheSignInAloneKeepsTheSessions() {
        String name = user("assessor");
        FormSession laptop = signIn(name);
        HttpResponse<String> same = api().send("PATCH", "/api/users/" + name, "{\"role\": \"assessor\"}",
                SignIn.admin());
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(rows(name)).isEqualTo(1);
        assertThat(laptop.signedInAs()).isEqualTo(name);
    }

    private long rows(String name) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(name)
                .query(Long.class).single();
    }

    private String user(String role) {
        String name = "s-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.createUser(base(), name, role);
        return name;
    }

    private FormSession signIn(String name) {
        return signIn(name, SignIn.password(name));
    }

    private FormSession signIn(String name, String password) {
        return FormSession.signIn(base(), name, password);
    }

    private Api api() {
        return new Api(port);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
