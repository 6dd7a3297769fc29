package org.maturityadvisor.corpus;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;

/**
 * Sessions and principals (issue 21): a browser session whose user was deleted, disabled, demoted or given a new
 * password is signed out; a session request never skips its CSRF token because of an Authorization header; refusals
 * of user and token fields name the field. Each session is made through the real login form, CSRF cookie and all.
 */
final class SessionAndPrincipalCases {

    private static final String GROUP = "session and principal";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private SessionAndPrincipalCases() {
    }

    /** What an admin does to the signed-in user: method and body of a request to /api/users/{name}. */
    private record Change(String label, String method, String body) {
    }

    static List<Hostile> all() {
        List<Hostile> cases = new ArrayList<>();
        for (Change change : List.of(new Change("deleted", "DELETE", null),
                new Change("disabled", "PATCH", "{\"disabled\": true}"),
                new Change("demoted", "PATCH", "{\"role\": \"viewer\"}"),
                new Change("given a new password", "PATCH", "{\"password\": \"a-password-set-by-the-admin\"}"))) {
            cases.add(new Hostile(GROUP, "an admin's session after the admin was " + change.label()
                    + " creates no admin", api -> staleSession(api, change), 401, null));
        }
        cases.add(new Hostile(GROUP, "a session form post with 'Authorization: Foo bar' and no _csrf", api -> {
            String[] session = signedIn(api, user(api, "assessor"));
            return api.anonymous("/teams").header("Cookie", session[0]).header("Authorization", "Foo bar")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=Forged&id=forged-" + unique()));
        }, 403, null));
        cases.add(new Hostile(GROUP, "a session API post with 'Authorization: Foo bar' and no X-XSRF-TOKEN", api -> {
            String[] session = signedIn(api, user(api, "assessor"));
            return api.anonymous("/api/teams").header("Cookie", session[0]).header("Authorization", "Foo bar")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Forged " + unique() + "\"}"));
        }, 403, null));
        cases.add(new Hostile(GROUP, "a user with an unknown role", api -> api.request("/api/users")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"u-" + unique() + "\", \"password\": \"long-enough-password\", \"role\": \"boss\"}")),
                400, "role"));
        cases.add(new Hostile(GROUP, "a token with a bad name", api -> api.anonymous("/api/tokens")
                .header("Authorization", SignIn.admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Bad Name\"}")), 400, "name"));
        return cases;
    }

    /** An admin signs in, {@code change} is done to them, and their session asks for a new admin. */
    private static HttpRequest.Builder staleSession(Api api, Change change) {
        String name = user(api, "admin");
        String[] session = signedIn(api, name);
        HttpRequest.BodyPublisher body = change.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(change.body());
        HttpResponse<String> changed = api.send(api.request("/api/users/" + name)
                .header("Content-Type", "application/json").method(change.method(), body));
        if (changed.statusCode() / 100 != 2) {
            throw new IllegalStateException("cannot change " + name + ": " + changed.statusCode() + changed.body());
        }
        return api.anonymous("/api/users").header("Cookie", session[0] + "; XSRF-TOKEN=" + session[1])
                .header("X-XSRF-TOKEN", session[1]).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"eve-" + unique() + "\", \"password\": "
                        + "\"long-enough-password\", \"role\": \"admin\"}"));
    }

    private static String user(Api api, String role) {
        String name = "corpus-" + unique();
        HttpResponse<String> made = api.postJson("/api/users", "{\"name\": \"" + name + "\", \"password\": \""
                + SignIn.password(name) + "\", \"role\": \"" + role + "\"}");
        if (made.statusCode() != 201) {
            throw new IllegalStateException("cannot create " + name + ": " + made.statusCode() + made.body());
        }
        return name;
    }

    /** Signs in through the login form: the session cookie and the CSRF token for its requests. */
    private static String[] signedIn(Api api, String name) {
        HttpResponse<String> page = api.send(api.anonymous("/login").GET());
        Matcher field = CSRF_FIELD.matcher(page.body());
        if (!field.find()) {
            throw new IllegalStateException("no _csrf field on the login page");
        }
        HttpResponse<String> signedIn = api.send(api.anonymous("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "XSRF-TOKEN=" + cookie(page, "XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + SignIn.password(name)
                        + "&_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8))));
        String session = "JSESSIONID=" + cookie(signedIn, "JSESSIONID");
        HttpResponse<String> me = api.send(api.anonymous("/api/me").header("Cookie", session).GET());
        if (!me.body().contains("\"name\":\"" + name + "\"")) {
            throw new IllegalStateException("the session of " + name + " does not work: " + me.body());
        }
        return new String[] {session, cookie(me, "XSRF-TOKEN")};
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .filter(value -> !value.isEmpty()).reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("no cookie " + name + " in " + response.headers().map()));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
