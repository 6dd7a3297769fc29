package org.maturityadvisor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.testing.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 21's uploads over real HTTP: each is refused with a 422 that says why, keeps nothing, leaves the active rule
 * set as it was, lists at most {@code maturity.limits.errors} findings (saying how many more there were), and the
 * service still answers its liveness probe within a second afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoundedUploadTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate database;

    @Autowired
    ActiveRuleSet active;

    @TestFactory
    Stream<DynamicTest> aHostileUploadIsRefusedAndTheServiceStaysLive() {
        Api api = new Api(port);
        return BoundedUploadCases.uploads().stream().map(upload -> DynamicTest.dynamicTest(upload.name(), () -> {
            long versions = versions();
            String version = active.get().version();

            HttpResponse<String> response = api.send(UploadCases.multipart(api, "", "file", upload.filename(),
                    upload.content()));

            assertThat(response.statusCode()).as(abbreviated(response.body())).isEqualTo(422);
            JsonNode report = JSON.readTree(response.body());
            assertThat(report.get("findings").toString()).as(abbreviated(response.body())).contains(upload.says());
            assertThat(report.get("findings").size()).isLessThanOrEqualTo(100);
            assertThat(response.body().length()).as("a bounded answer").isLessThan(100_000);
            assertThat(versions()).as("no version kept").isEqualTo(versions);
            assertThat(active.get().version()).as("active version unchanged").isEqualTo(version);
            assertLiveWithinASecond(api);
        }));
    }

    @TestFactory
    Stream<DynamicTest> aRefusedDraftListsAtMostTheErrorLimitAndSaysHowManyMore() {
        Api api = new Api(port);
        return Stream.of(DynamicTest.dynamicTest("88,000 cells outside the columns", () -> {
            HttpResponse<String> response = api.send(UploadCases.multipart(api, "", "file", "noise.drl.csv",
                    BoundedUploadCases.cellsOutsideColumns()));

            JsonNode report = JSON.readTree(response.body());
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(report.get("findings").size()).isEqualTo(100);
            assertThat(report.get("findingsLeftOut").asInt()).isEqualTo(88_000 - 100);
        }));
    }

    private static void assertLiveWithinASecond(Api api) {
        long start = System.nanoTime();
        HttpResponse<String> live = api.send(api.anonymous("/actuator/health/liveness")
                .timeout(Duration.ofSeconds(30)).GET());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(took).as("liveness answered within the issue's 1 s").isLessThan(Duration.ofSeconds(1));
    }

    private long versions() {
        return database.queryForObject("select count(*) from ruleset_version", Long.class);
    }

    private static String abbreviated(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
