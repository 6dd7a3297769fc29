package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.json.WireJson;
import org.maturityadvisor.report.RoadmapCsv;
import org.maturityadvisor.report.RoadmapMarkdown;
import org.maturityadvisor.simulation.Roadmap;
import org.maturityadvisor.simulation.Simulator;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.ShippedRules;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The roadmap and best next steps over real HTTP: JSON, Markdown and CSV, for sent input and for a stored team. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoadmapApiTest {

    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder()).build();

    @LocalServerPort
    int port;

    private static String team() throws Exception {
        return Files.readString(Path.of("docs/examples/team.json"));
    }

    private static Roadmap expected() throws Exception {
        Advisor advisor = ShippedRules.advisor();
        return new Simulator(advisor).roadmap(TeamInputReader.read(team(), advisor.catalog()));
    }

    @ParameterizedTest(name = "format={0} Accept={1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-|-|application/json", "json|text/csv|application/json", "md|-|text/markdown", "csv|-|text/csv",
            "-|text/markdown|text/markdown", "-|text/csv|text/csv", "-|application/json|application/json"})
    void theRoadmapComesInTheAskedFormat(String format, String accept, String type) throws Exception {
        var request = new Api(port).anonymous("/api/simulations/roadmap" + (format == null ? "" : "?format=" + format))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(team()));
        if (accept != null) {
            request.header("Accept", accept);
        }

        HttpResponse<String> response = new Api(port).send(request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
        Roadmap roadmap = expected();
        switch (type) {
            case "text/markdown" -> assertThat(response.body()).isEqualTo(RoadmapMarkdown.of(roadmap));
            case "text/csv" -> assertThat(response.body()).isEqualTo(RoadmapCsv.of(roadmap));
            default -> {
                JsonNode body = JSON.readTree(response.body());
                assertThat(body).isEqualTo(JSON.readTree(JSON.writeValueAsString(roadmap)));
                assertThat(body.at("/gap/byEffort").propertyNames()).containsExactly("small", "medium", "large");
                assertThat(body.at("/bundles/0/steps/0/effort").stringValue())
                        .isEqualTo(roadmap.bundles().get(0).steps().get(0).effort().id());
            }
        }
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheParameter() throws Exception {
        HttpResponse<String> response = new Api(port).send(new Api(port).anonymous("/api/simulations/roadmap?format=pdf")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(team())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"format\"", "pdf");
    }

    @Test
    void aStoredTeamsRoadmapStartsFromItsNewestAnswers() throws Exception {
        String id = "roadmap-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(port);
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + id + "\", \"name\": \"Payments ML\"}").statusCode())
                .isEqualTo(201);
        assertThat(api.get("/api/teams/" + id + "/roadmap").statusCode()).isEqualTo(404);
        assertThat(api.postJson("/api/teams/" + id + "/assessments", PlanApiTest.sample().toString()).statusCode())
                .isEqualTo(201);

        HttpResponse<String> csv = api.get("/api/teams/" + id + "/roadmap?format=csv");
        HttpResponse<String> json = api.get("/api/teams/" + id + "/roadmap");

        assertThat(csv.body()).isEqualTo(RoadmapCsv.of(expected()));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"roadmap-" + id
                + ".csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().get().parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).hasSize(expected().gap().changes() + 1);
        assertThat(JSON.readTree(json.body())).isEqualTo(JSON.readTree(JSON.writeValueAsString(expected())));
        assertThat(api.get("/api/teams/no-such-team/roadmap").statusCode()).isEqualTo(404);
    }

    @Test
    void nextStepsMergeOnePracticesValuesAndLeadWithTheMostLevels() throws Exception {
        HttpResponse<String> response = new Api(port).send(new Api(port).anonymous("/api/simulations/next-steps")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(team())));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Advisor advisor = ShippedRules.advisor();
        var expected = new Simulator(advisor).nextSteps(TeamInputReader.read(team(), advisor.catalog()));
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(JSON.writeValueAsString(expected)));
        JsonNode options = JSON.readTree(response.body()).get("options");
        assertThat(options).isNotEmpty();
        assertThat(options.get(0).get("kind").stringValue()).isIn("bundle", "change");
    }
}
