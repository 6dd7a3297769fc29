package org.maturityadvisor.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session, signed in through the real login form (the CSRF field of the page, then the cookie's token in
 * X-XSRF-TOKEN as the pages' scripts send it): its {@code JSESSIONID} cookie, which any replica of the same database
 * may be asked with ({@link #on}). No cookie jar: every request carries exactly the session's cookie.
 */
public final class FormSession {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String session;
    private final String xsrf;

    private FormSession(String base, String session, String xsrf) {
        this.base = base;
        this.session = session;
        this.xsrf = xsrf;
    }

    /** Signs {@code user} in with {@code password} at {@code base} (http://host:port) by the login form. */
    public static FormSession signIn(String base, String user, String password) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        String xsrf = cookie(page, "XSRF-TOKEN");
        Matcher field = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        if (!field.find()) {
            throw new AssertionError("no CSRF field on the login page: " + page.body());
        }
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "XSRF-TOKEN=" + xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
                        + encode(password) + "&_csrf=" + encode(field.group(1)))));
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("the login form refused " + user + ": " + signedIn.statusCode() + " " + location);
        }
        String session = cookie(signedIn, "JSESSIONID");
        // signing in replaced the CSRF token: the next page (here /api/me) sets the new one
        HttpResponse<String> me = send(HttpRequest.newBuilder(URI.create(base + "/api/me"))
                .header("Cookie", "JSESSIONID=" + session).GET());
        return new FormSession(base, session, cookie(me, "XSRF-TOKEN"));
    }

    /** The same cookie sent to another replica ({@code base}: http://host:port). */
    public FormSession on(String otherBase) {
        return new FormSession(otherBase, session, xsrf);
    }

    /** The session cookie's value. */
    public String cookie() {
        return session;
    }

    /** Who {@code GET /api/me} says this cookie signs in: the user's name, or null when it signs in nobody. */
    public String signedInAs() {
        HttpResponse<String> me = send("GET", "/api/me", null);
        if (me.statusCode() != 200) {
            return null;
        }
        Matcher name = Pattern.compile("\"name\":\"([^\"]*)\"").matcher(me.body());
        return name.find() && me.body().contains("\"signedInWith\":\"password\"") ? name.group(1) : null;
    }

    /** A request with the session's cookie and CSRF token; {@code json} null for none. */
    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = builder(path);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request);
    }

    /** A form POST of a page (application/x-www-form-urlencoded), as the page's own form sends it. */
    public HttpResponse<String> form(String path, String body) {
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs out by the header's form ({@code POST /logout}). */
    public HttpResponse<String> signOut() {
        return form("/logout", "");
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .filter(value -> !value.isEmpty()).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().map()));
    }
}
