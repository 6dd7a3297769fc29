package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Listing teams takes one pooled connection at a time: with a pool of 2, twenty concurrent listings of assessed teams
 * all get their answer (a levels query inside the row mapper asked for a second connection while holding the first).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=3000"})
class TeamListingPoolTest {

    @LocalServerPort
    int port;

    @Test
    void twentyConcurrentListingsOnAPoolOfTwoAllGetTheirAnswer() throws Exception {
        Api api = new Api(port);
        StringBuilder csv = new StringBuilder("team,release.method\n");
        for (int i = 0; i < 30; i++) {
            csv.append("pool-").append(UUID.randomUUID().toString(), 0, 8).append(",scripted\n");
        }
        assertThat(api.post("/api/imports", "text/csv", csv.toString()).statusCode()).isEqualTo(201);
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> listings = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                listings.add(threads.submit(() -> {
                    start.await();
                    return api.get("/api/teams?limit=500");
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> listing : listings) {
                HttpResponse<String> response = listing.get(60, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).contains("\"latestLevels\":[{\"model\":");
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
