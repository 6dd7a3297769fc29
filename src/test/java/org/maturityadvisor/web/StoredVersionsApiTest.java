package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.testing.FormulaVersion;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A stored version is checked like an upload wherever it is loaded: explaining an assessment under it, rolling back
 * to it, or following it from another replica. One that today's checks refuse is refused naming its cell, the active
 * version stays, and nothing in it ever runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "maturity.sync-interval=200ms")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class StoredVersionsApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Autowired
    RuleSetStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActiveRuleSet active;

    @Test
    void explainingAnAssessmentUnderAStoredFormulaVersionIsRefusedNamingTheCell() throws Exception {
        FormulaVersion formula = FormulaVersion.storeInto(store, temp);
        String team = "old-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Old\"}");
        post("/api/teams/" + team + "/assessments", TeamApiTest.sample());
        jdbc.sql("update assessment set ruleset_version = ? where team_id = ?").params(formula.hash(), team).update();

        HttpResponse<String> explained = get("/api/teams/" + team + "/assessments/1/explain");

        assertThat(explained.statusCode()).as(explained.body()).isEqualTo(409);
        assertThat(explained.body()).contains("cell H" + formula.row(), "holds a formula");
        assertThat(formula.marker()).doesNotExist();
    }

    @Test
    void rollingBackToAStoredFormulaVersionIsRefusedAndTheActiveVersionStays() throws Exception {
        String shipped = active.get().version();
        FormulaVersion formula = FormulaVersion.storeInto(store, temp);
        store.activate(formula.hash(), "old-release", AuditAction.PUBLISH, "published by an older release", null,
                OffsetDateTime.now());
        store.activate(shipped, "old-release", AuditAction.PUBLISH, "published again", null, OffsetDateTime.now());

        HttpResponse<String> rolledBack = post("/api/rulesets/" + shipped + "/rollback", "{}");

        assertThat(rolledBack.statusCode()).as(rolledBack.body()).isEqualTo(409);
        assertThat(rolledBack.body()).contains("cell H" + formula.row());
        assertThat(active.get().version()).isEqualTo(shipped);
        assertThat(formula.marker()).doesNotExist();
    }

    @Test
    void aReplicaNeverFollowsAStoredFormulaVersionAndSaysSoInTheAudit() throws Exception {
        String shipped = active.get().version();
        FormulaVersion formula = FormulaVersion.storeInto(store, temp);

        store.activate(formula.hash(), "other-replica", AuditAction.PUBLISH, "published elsewhere", null, OffsetDateTime.now());

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!get("/api/audit").body().contains("load-refused") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(get("/api/audit").body()).contains("load-refused", formula.hash(), "serving " + shipped);
        assertThat(active.get().version()).isEqualTo(shipped);
        assertThat(formula.marker()).doesNotExist();
    }

    /** As the admin, who may do all of it. */
    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Authorization", SignIn.admin()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", SignIn.admin()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
