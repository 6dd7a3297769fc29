package org.maturityadvisor.bench;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The figures of docs/BENCHMARKS.md "Limits" with the default limits: not a regression test (excluded from the suite
 * with the rest of bench/); run it with {@code ./mvnw test -Dtest=LimitsFigures}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LimitsFigures {

    @LocalServerPort
    int port;

    @Test
    void measure() {
        Api api = new Api(port);
        String team = "{\"team\": \"x\", \"answers\": {\"release.method\": \"manual\"}}";
        report("1 MiB JSON assessment (largest accepted)", () -> api.postJson("/api/assessments",
                team + " ".repeat(1024 * 1024 - team.length())));
        report("1 MiB + 1 byte JSON", () -> api.postJson("/api/assessments",
                team + " ".repeat(1024 * 1024 + 1 - team.length())));
        StringBuilder keys = new StringBuilder();
        while (keys.length() < 1_000_000) {
            keys.append(keys.length() == 0 ? "" : ",").append("\"p").append(keys.length()).append("\": true");
        }
        report("~1 MB of unknown answer keys", () -> api.postJson("/api/assessments", "{\"team\": \"x\", \"answers\": {"
                + keys + "}}"));
        StringBuilder plans = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            plans.append(i == 0 ? "" : ",").append("{\"name\": \"p").append(i)
                    .append("\", \"changes\": {\"release.method\": \"scripted\"}}");
        }
        report("50 plans (largest accepted simulation)", () -> api.postJson("/api/simulations",
                "{\"team\": \"x\", \"answers\": {}, \"plans\": [" + plans + "]}"));
        report("100,001-row CSV import", () -> api.post("/api/imports", "text/csv", rows(100_001)));
        report("100,000-row CSV of bad rows", () -> api.post("/api/imports", "text/csv", rows(100_000)
                .replace(",manual", ",carrier-pigeon")));
        report("1,000-row CSV import", () -> api.post("/api/imports", "text/csv", rows(1_000)));
    }

    private static String rows(int count) {
        StringBuilder csv = new StringBuilder("team,release.method\n");
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < count; i++) {
            csv.append("t").append(run).append('-').append(i).append(",manual\n");
        }
        return csv.toString();
    }

    private static void report(String what, Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        System.out.printf("FIGURE %-45s status %d, response %,d bytes, %,d ms%n", what, response.statusCode(),
                response.body().length(), (System.nanoTime() - start) / 1_000_000);
    }
}
