package org.maturityadvisor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Postgres;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An assessment the service said it stored survives {@code kill -9} of the service, right after the answer, on the
 * embedded H2 file database and on PostgreSQL.
 */
class DurabilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ASSESSMENTS = 25;

    @Test
    void storedAssessmentsSurviveKillMinus9OnTheEmbeddedDatabase() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "durability-");
        survivesKill("--maturity.data-dir=" + dataDir.toAbsolutePath());
    }

    @Test
    void storedAssessmentsSurviveKillMinus9OnPostgres() throws Exception {
        survivesKill("--spring.datasource.url=" + Postgres.newDatabase(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres");
    }

    private static void survivesKill(String... database) throws Exception {
        String body = Files.readString(Path.of("docs/examples/team.json"));
        List<String> stored = new ArrayList<>();
        try (ServiceProcess service = ServiceProcess.start(database)) {
            assertThat(service.post("/api/teams", "{\"id\": \"durable\", \"name\": \"Payments ML\"}").statusCode())
                    .isEqualTo(201);
            for (int i = 0; i < ASSESSMENTS; i++) {
                HttpResponse<String> response = service.post("/api/teams/durable/assessments", body);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                stored.add(JSON.readTree(response.body()).get("result").toString());
            }
            service.kill(); // at once after the last 201: nothing gets a chance to flush
        }
        try (ServiceProcess again = ServiceProcess.start(database)) {
            JsonNode history = JSON.readTree(again.get("/api/teams/durable/assessments?limit=500").body());
            assertThat(history.get("items")).hasSize(ASSESSMENTS);
            JsonNode last = JSON.readTree(again.get("/api/teams/durable/assessments/" + ASSESSMENTS).body());
            assertThat(last.get("result").toString()).isEqualTo(stored.get(ASSESSMENTS - 1));
        }
    }
}
