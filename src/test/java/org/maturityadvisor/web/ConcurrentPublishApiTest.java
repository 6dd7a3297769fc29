package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.Multipart;
import org.maturityadvisor.testing.RulesFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two publishes (or two rollbacks) of the same active version, sent at the same moment from two threads behind a
 * barrier, round after round: exactly one wins, the other is a 409 problem naming the version that won, and the audit
 * log and the activations gain exactly one row each. {@link #otherReplica()} is where the second request goes: this
 * service here, another service on the same database in {@link PostgresConcurrentPublishApiTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ConcurrentPublishApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ROUNDS = 6;

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Autowired
    JdbcClient jdbc;

    /** Where the second of each pair of requests goes. */
    Api otherReplica() {
        return new Api(port);
    }

    @Test
    void ofTwoPublishesFromOneActiveVersionOneWinsAndTheOtherIsRefusedNamingIt() throws Exception {
        Api here = new Api(port);
        Api there = otherReplica();
        for (int round = 1; round <= ROUNDS; round++) {
            servedByBoth(here, there); // so that both drafts are built on the same active version
            String first = draft(here, "round " + round + ", first");
            String second = draft(there, "round " + round + ", second");
            long audited = rows("audit_log where action = 'publish'");
            long activations = rows("ruleset_activation");

            List<HttpResponse<String>> answers = race(
                    api -> api.postJson("/api/rulesets/" + first + "/publish", "{}"),
                    api -> api.postJson("/api/rulesets/" + second + "/publish", "{}"), here, there);

            String winner = oneWinsTheOtherNamesIt(answers, "round " + round);
            assertThat(winner).isIn(first, second);
            assertThat(active()).isEqualTo(winner);
            assertThat(rows("audit_log where action = 'publish'")).as("one audit row").isEqualTo(audited + 1);
            assertThat(rows("ruleset_activation")).as("one activation").isEqualTo(activations + 1);
        }
    }

    @Test
    void ofTwoRollbacksOfTheActiveVersionOnlyOneHappensAndIsAuditedOnce() throws Exception {
        Api here = new Api(port);
        Api there = otherReplica();
        for (int round = 1; round <= ROUNDS; round++) {
            servedByBoth(here, there);
            String before = active();
            String published = draft(here, "rolled back in round " + round);
            assertThat(here.postJson("/api/rulesets/" + published + "/publish", "{}").statusCode()).isEqualTo(200);
            servedByBoth(here, there);
            long audited = rows("audit_log where action = 'rollback'");
            long activations = rows("ruleset_activation");

            List<HttpResponse<String>> answers = race(
                    api -> api.postJson("/api/rulesets/" + published + "/rollback", "{\"reason\": \"race\"}"),
                    api -> api.postJson("/api/rulesets/" + published + "/rollback", "{\"reason\": \"race\"}"),
                    here, there);

            assertThat(oneWinsTheOtherNamesIt(answers, "round " + round)).isEqualTo(before);
            assertThat(active()).isEqualTo(before);
            assertThat(rows("audit_log where action = 'rollback'")).as("one audit row").isEqualTo(audited + 1);
            assertThat(rows("ruleset_activation")).as("one activation").isEqualTo(activations + 1);
        }
    }

    /** The winner's version (the hash it answers with); the loser is a 409 problem that names it. */
    private static String oneWinsTheOtherNamesIt(List<HttpResponse<String>> answers, String round) {
        List<HttpResponse<String>> sorted = answers.stream()
                .sorted(Comparator.comparingInt(HttpResponse::statusCode)).toList();
        assertThat(sorted).as(round + ": " + answers.stream().map(HttpResponse::body).toList())
                .extracting(HttpResponse::statusCode).containsExactly(200, 409);
        String winner = JSON.readTree(sorted.get(0).body()).get("id").stringValue();
        HttpResponse<String> loser = sorted.get(1);
        assertThat(loser.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        // refused by the compare-and-set, or (when the winner had committed first) by the check of the draft's base
        assertThat(JSON.readTree(loser.body()).get("detail").stringValue()).contains(winner);
        return winner;
    }

    /** Both requests released by one barrier, each to its own service. */
    private static List<HttpResponse<String>> race(Function<Api, HttpResponse<String>> one,
                                                   Function<Api, HttpResponse<String>> other, Api here, Api there)
            throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            sent.add(threads.submit(() -> {
                barrier.await();
                return one.apply(here);
            }));
            sent.add(threads.submit(() -> {
                barrier.await();
                return other.apply(there);
            }));
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** A publishable draft of the active version, one wording changed: its hash. */
    private String draft(Api api, String wording) throws Exception {
        Path directory = Files.createTempDirectory(temp, "draft-");
        RulesFixture rules = RulesFixture.copyOfShipped(directory);
        rules.setCell("H" + rules.rowOf("ms-data-pipeline"), "Land training data in one known place (" + wording
                + ").");
        HttpResponse<String> uploaded = api.send(Multipart.upload(api.request("/api/rulesets/drafts"),
                rules.directory().resolve(RulesFixture.TABLE)));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode report = JSON.readTree(uploaded.body());
        assertThat(report.get("publishable").booleanValue()).as(uploaded.body()).isTrue();
        return report.get("version").stringValue();
    }

    /** Waits (10 s at most) until both services serve the version the database names as active. */
    private void servedByBoth(Api here, Api there) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(serving(here).equals(active()) && serving(there).equals(active())) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(List.of(serving(here), serving(there))).as("both serve the active version")
                .containsOnly(active());
    }

    private static String serving(Api api) {
        return JSON.readTree(api.get("/api/rulesets").body()).get("active").stringValue();
    }

    /** The version every replica serves (each swaps it in within its sync interval). */
    private String active() {
        return jdbc.sql("select hash from ruleset_activation order by seq desc fetch first 1 rows only")
                .query(String.class).single();
    }

    private long rows(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
    }
}
