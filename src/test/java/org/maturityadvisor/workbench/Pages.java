package org.maturityadvisor.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.maturityadvisor.testing.Multipart;
import org.maturityadvisor.testing.SignIn;

/**
 * Real HTTP to the workbench as a browser sends it: cookies kept, GETs and form POSTs, redirects not followed. Signed
 * in through the login form, every POST carries the CSRF token as the pages' hidden {@code _csrf} field does.
 */
final class Pages {

    private static final Pattern TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).build();
    private final String base;
    private String csrf;

    Pages(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A browser session signed in through {@code /login} as the test context's admin. */
    static Pages admin(int port) {
        return new Pages(port).signIn("admin", SignIn.ADMIN_PASSWORD);
    }

    /** A browser session of a user created through the admin API with this role (viewer, ..., admin). */
    static Pages as(int port, String user, String role) {
        Pages pages = new Pages(port);
        SignIn.createUser(pages.base, user, role);
        return pages.signIn(user, SignIn.password(user));
    }

    /** Posts the login form with the token from the login page; throws unless it is accepted. */
    Pages signIn(String user, String password) {
        HttpResponse<String> signedIn = tryToSignIn(user, password);
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in of " + user + " refused: " + signedIn.statusCode() + " " + location);
        }
        csrf = token(get("/").body());
        return this;
    }

    HttpResponse<String> tryToSignIn(String user, String password) {
        String field = match(FIELD, get("/login").body());
        return postWith("/login", Map.of("username", user, "password", password, "_csrf", field));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8").GET());
    }

    /** A form POST as the page sends it: with the session's CSRF token once signed in. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        return postWith(path, fields);
    }

    /** A form POST with repeated fields (as several hidden inputs of one name), the token added once signed in. */
    HttpResponse<String> postAll(String path, java.util.List<Map.Entry<String, String>> form) {
        java.util.List<Map.Entry<String, String>> fields = new java.util.ArrayList<>(form);
        if (csrf != null) {
            fields.add(Map.entry("_csrf", csrf));
        }
        String body = fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form POST riding the session cookie without the token: what another site's page could make a browser send. */
    HttpResponse<String> postWithoutToken(String path, Map<String, String> form) {
        return postWith(path, form);
    }

    /** A multipart upload of one file as the draft form sends it, the token in its hidden field. */
    HttpResponse<String> upload(String path, Path file) {
        return upload(path, file, Map.of());
    }

    HttpResponse<String> upload(String path, Path file, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        return send(Multipart.upload(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html"),
                file, fields));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url(String path) {
        return base + path;
    }

    private HttpResponse<String> postWith(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String token(String page) {
        return match(TOKEN, page);
    }

    private static String match(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in the page: " + page);
        }
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
