package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/portfolio/teams} over real HTTP on H2 ({@link PostgresPortfolioApiTest}: on PostgreSQL): every team
 * once across its pages, a gap equal to what the stored result's target advice says, a blocker that lists the team it
 * holds back, and a 400 naming each parameter it cannot take.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortfolioApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode json(String path) {
        var response = new Api(port).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String register(Api api) {
        String id = "portfolio-api-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Team " + id + "\"}").statusCode())
                .isEqualTo(201);
        return id;
    }

    private JsonNode assess(Api api, String id, String file) throws Exception {
        JsonNode input = JSON.readTree(Files.readString(Path.of(file)));
        ((tools.jackson.databind.node.ObjectNode) input).remove("team");
        var stored = api.postJson("/api/teams/" + id + "/assessments", JSON.writeValueAsString(input));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        return JSON.readTree(stored.body()).get("result");
    }

    @Test
    void theListGivesEachTeamOnceItsGapFromTheStoredTargetAndTheTeamsABlockerHoldsBack() throws Exception {
        Api api = new Api(port);
        String small = register(api);
        String full = register(api);
        register(api);
        JsonNode result = assess(api, small, "docs/examples/team.json");
        assess(api, full, "docs/examples/full-questionnaire.json");

        List<String> seen = new ArrayList<>();
        String next = "/api/portfolio/teams?sort=name&size=2";
        long total = -1;
        while (next != null) {
            JsonNode page = json(next);
            total = page.get("total").longValue();
            page.get("items").forEach(team -> seen.add(team.get("id").stringValue()));
            next = page.get("next").isNull() ? null : page.get("next").stringValue();
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) total).contains(small, full);

        JsonNode target = result.get("target");
        JsonNode row = find(json("/api/portfolio/teams?size=200"), small);
        assertThat(row.get("target").get("model").stringValue()).isEqualTo(target.get("model").stringValue());
        assertThat(row.get("target").get("level").intValue()).isEqualTo(target.get("target").intValue());
        assertThat(row.get("target").get("gap").intValue()).isEqualTo(
                Math.max(0, target.get("target").intValue() - target.get("current").intValue()));

        JsonNode model = result.get("models").get(0);
        String criterion = model.get("blockedLevels").get(0).get("blockers").get(0).get("criterion").stringValue();
        JsonNode held = json("/api/portfolio/teams?size=200&model=" + model.get("model").stringValue() + "&blocker="
                + URLEncoder.encode(criterion, StandardCharsets.UTF_8));
        assertThat(find(held, small)).isNotNull();
        assertThat(held.get("total").longValue()).isLessThan(total);
    }

    @Test
    void aParameterItCannotTakeIsA400NamingIt() {
        Api api = new Api(port);
        for (String[] bad : new String[][] {{"level=99", "level"}, {"minGap=x", "minGap"}, {"since=yesterday", "since"},
                {"sort=colour", "sort"}, {"dir=up", "dir"}, {"page=0", "page"}, {"size=201", "size"},
                {"model=no-such-model", "model"}, {"blocker=no-such-criterion", "blocker"}, {"colour=blue", "colour"}}) {
            var response = api.get("/api/portfolio/teams?" + bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.body()).as(bad[0]).contains("\"field\":\"" + bad[1] + "\"");
        }
    }

    private static JsonNode find(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").stringValue().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no team " + id + " in " + page);
    }
}
