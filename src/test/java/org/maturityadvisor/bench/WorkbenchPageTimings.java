package org.maturityadvisor.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A quick harness, not a JMH benchmark: the time to answer the result page and the portfolio page with 10,000
 * assessed teams, measured on loopback (so it is the server's time plus a local round trip). Excluded from the
 * suite; run it with {@code ./mvnw -q -B test -Dtest=WorkbenchPageTimings -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "maturity.data-dir=target/bench-pages"})
class WorkbenchPageTimings {

    static final int TEAMS = Integer.getInteger("teams", 10_000);
    /** Calls before the timed ones, so the JIT has compiled the path: {@code -Dwarmup=300} for a steadier figure. */
    static final int WARMUP = Integer.getInteger("warmup", 30);
    /** Keeps the session cookie: the pages are timed signed in through the login form, so no bcrypt per request. */
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @LocalServerPort
    int port;

    @Test
    void resultPageAndPortfolio() throws Exception {
        seed();
        String form = "team=Payments+ML&mlUseCases=3&inProduction=true&a.creation.data-pipeline=yes"
                + "&a.creation.experiment-tracking=ad-hoc&a.release.method=scripted&a.creation.model-versioning=no";
        // a result is an address: the posted form is sent on (303) to its canonical GET, which is what is timed
        String result = post("/result", form).headers().firstValue("Location").orElseThrow();
        report("GET /result", time(() -> get(result)));
        report("POST /what-if (one change)", time(() -> post("/what-if", form
                + "&w.creation.experiment-tracking=centralized")));
        signIn(); // the result and what-if are open, as anonymous visitors use them; the lists need a viewer
        report("GET /portfolio (" + TEAMS + " teams)", time(() -> get("/portfolio")));
        report("GET /portfolio filtered, page 3", time(() -> get("/portfolio?sort=changed&minGap=1&page=3")));
        String blocker = blocker();
        report("GET /portfolio?blocker=" + blocker, time(() -> get("/portfolio?blocker=" + blocker)));
        report("GET /api/portfolio/teams?sort=level", time(() -> get("/api/portfolio/teams?sort=level&dir=desc")));
        report("GET /teams", time(() -> get("/teams")));
    }

    /** The criterion holding most teams back, as the blocker chart links it. */
    private String blocker() {
        Matcher link = Pattern.compile("blocker=([^&\"#]+)").matcher(get("/portfolio").body());
        if (!link.find()) {
            throw new IllegalStateException("no blocker link on the portfolio");
        }
        return link.group(1);
    }

    private void seed() throws Exception {
        StringBuilder csv = new StringBuilder("team,mlUseCases,release.method,creation.data-pipeline,"
                + "creation.experiment-tracking\n");
        Random random = new Random(42);
        String[] release = {"not-released", "manual", "scripted", "ci-cd-pipeline"};
        String[] tracking = {"none", "ad-hoc", "centralized"};
        for (int i = 0; i < TEAMS; i++) {
            csv.append("bench-team-").append(i).append(',').append(random.nextInt(6)).append(',')
                    .append(release[random.nextInt(4)]).append(',').append(random.nextBoolean() ? "yes" : "no")
                    .append(',').append(tracking[random.nextInt(3)]).append('\n');
        }
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(uri("/api/imports"))
                .header("Authorization", SignIn.admin()).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 201) {
            throw new IllegalStateException(imported.body());
        }
    }

    /** The login form as a browser posts it: the page's CSRF field, then the session cookie (kept by the client). */
    private void signIn() {
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
        if (!field.find()) {
            throw new IllegalStateException("no CSRF field on the login page");
        }
        post("/login", "username=admin&password=" + SignIn.ADMIN_PASSWORD + "&_csrf="
                + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8));
        check(get("/portfolio"));
    }

    private long[] time(Supplier<HttpResponse<String>> call) {
        for (int i = 0; i < WARMUP; i++) {
            check(call.get());
        }
        long[] micros = new long[100];
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            check(call.get());
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        return micros;
    }

    private static void check(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    private static void report(String what, long[] micros) {
        System.out.printf("BENCH %-32s p50 %6.1f ms  p90 %6.1f ms  max %6.1f ms%n", what, micros[50] / 1000.0,
                micros[90] / 1000.0, micros[micros.length - 1] / 1000.0);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
