package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many wrong passwords at once cannot outrun the lockout: a wrong password is only checked after it has claimed one
 * of the user's remaining attempts in the database, so at most {@code max-failures} are ever checked before the lock,
 * across threads and replicas alike, and exactly one lock is recorded. On H2 here, on PostgreSQL in the subclass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "maturity.security.lockout.max-failures=10")
class LockoutUnderConcurrencyTest {

    private static final int LIMIT = 10;
    private static final int CLIENTS = 32;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void parallelWrongPasswordsCheckAtMostTheLimitAndLockOnce() throws Exception {
        SignIn.createUser(base(), "racer", "viewer");
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            String guess = "wrong-guess-" + client;
            answers.add(clients.submit(() -> {
                start.await();
                return me(SignIn.basic("racer", guess));
            }));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get(5, TimeUnit.MINUTES)).isEqualTo(401);
        }
        clients.shutdown();

        assertThat(events("sign-in-failed")).as("wrong passwords checked").isEqualTo(LIMIT);
        assertThat(events("user-locked")).isEqualTo(1);
        assertThat(events("sign-in-refused")).isEqualTo(CLIENTS - LIMIT);
        assertThat(me(SignIn.as("racer"))).as("locked, even with the right password").isEqualTo(401);
    }

    private long events(String action) {
        return jdbc.sql("select count(*) from audit_log where actor = 'racer' and action = ?").param(action)
                .query(Long.class).single();
    }

    private int me(String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/me")).header("Authorization", authorization)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
