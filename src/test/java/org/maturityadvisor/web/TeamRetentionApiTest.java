package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.store.TeamLifecycleStore;
import org.maturityadvisor.teams.TeamRetention;
import org.maturityadvisor.testing.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * {@code maturity.retention.assessment-days}: older assessments go, each team's newest stays, one audit entry per run
 * that removed any, and the history shows what is left with its numbers' gaps. On H2 here;
 * {@link PostgresTeamRetentionApiTest} runs the same on PostgreSQL, and two runs at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "maturity.retention.assessment-days=30")
class TeamRetentionApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TeamRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return new Api(port);
    }

    @Test
    void olderAssessmentsGoEachTeamsNewestStaysAndTheRunIsAuditedOnce() {
        String recent = team(4, List.of(1, 2, 3)); // #4 is recent
        String allOld = team(2, List.of(1, 2));    // both old: #2 is its newest and stays
        String fresh = team(2, List.of());
        long entries = purgeEntries();

        TeamLifecycleStore.Purged purged = retention.run().orElseThrow();

        assertThat(purged.assessments()).isGreaterThanOrEqualTo(4); // other tests' teams may hold old ones too
        assertThat(seqs(recent)).containsExactly(4);
        assertThat(seqs(allOld)).containsExactly(2);
        assertThat(seqs(fresh)).containsExactly(2, 1);
        assertThat(TeamLifecycleApiTest.json(api().get("/api/teams/" + allOld)).get("latestLevels")).isNotEmpty();
        assertThat(TeamLifecycleApiTest.json(api().get("/api/teams/" + recent + "/assessments/3")).get("status")
                .intValue()).isEqualTo(404);
        assertThat(api().get("/api/teams/" + allOld + "/assessments/2/explain").statusCode()).isEqualTo(200);
        assertThat(purgeEntries()).isEqualTo(entries + 1);
        String details = jdbc.queryForObject("select details from audit_log where action = 'assessments-purged'"
                + " order by seq desc fetch first 1 rows only", String.class);
        assertThat(details).contains(purged.assessments() + " assessments of " + purged.teams() + " teams",
                "more than 30 days ago", "each team's newest kept");

        assertThat(retention.run().orElseThrow().assessments()).as("a second run finds nothing").isZero();
        assertThat(purgeEntries()).as("and writes no entry").isEqualTo(entries + 1);
        assertThat(rows("(select distinct assessment_id from assessment_level) l")).as("no level left orphaned")
                .isEqualTo(rows("assessment"));
        assertThat(rows("answer_standing")).as("no standing left orphaned").isEqualTo(rows("assessment"));
    }

    /** A team with {@code count} assessments, those numbered in {@code old} made 100 days ago. */
    String team(int count, List<Integer> old) {
        String id = "ret-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api().postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Team " + id + "\"}")
                .statusCode()).isEqualTo(201);
        IntStream.range(0, count).forEach(i -> {
            HttpResponse<String> stored = api().postJson("/api/teams/" + id + "/assessments",
                    PlanApiTest.sample().toString());
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        });
        Timestamp then = Timestamp.from(Instant.now().minus(100, ChronoUnit.DAYS));
        old.forEach(seq -> jdbc.update("update assessment set assessed_at = ? where team_id = ? and seq = ?", then,
                id, seq));
        return id;
    }

    List<Integer> seqs(String team) {
        JsonNode history = TeamLifecycleApiTest.json(api().get("/api/teams/" + team + "/assessments"));
        return history.get("items").valueStream().map(entry -> entry.get("seq").intValue()).toList();
    }

    long purgeEntries() {
        return jdbc.queryForObject("select count(*) from audit_log where action = 'assessments-purged'", Long.class);
    }

    int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
