package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scan --url --team --token} against the real service over HTTP, the service running the test's own detector
 * table: a team's pipeline token pushes the scan and the CLI prints the new levels and claimed vs observed; another
 * team's token is refused (exit 5); a sighting of a detector the service does not have is invalid (exit 3, the field
 * named).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ScanPushServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path TEMP = temp();
    private static final Path RULES = ScanFixture.rules(TEMP);
    private static final Path REPO = ScanFixture.repository(TEMP);

    @LocalServerPort
    int port;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @DynamicPropertySource
    static void ownDetectors(DynamicPropertyRegistry properties) {
        properties.add("maturity.rules-dir", RULES::toString);
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("scan-push");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int scan(Path rules, String team, String token) {
        return Cli.run(new String[] {"scan", REPO.toString(), "--rules", rules.toString(), "--url",
                "http://127.0.0.1:" + port, "--team", team, "--token", token, "--ref", "main"},
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aTeamsPipelineTokenPushesItsScanAndTheCliPrintsTheNewLevelsAndClaimedVsObserved() {
        String team = claimedTeam();

        assertThat(scan(RULES, team, pipelineToken(team))).as(err.toString()).isZero();

        assertThat(out.toString()).contains("Scan of repo", "for team " + team + ": the service stored the scan",
                "  microsoft: level ", "Claimed vs observed: 4 practices looked for", "1 claimed and observed",
                "1 claimed but not found", "1 found but answered lower");
        HttpResponse<String> latest = new Api(port).get("/api/teams/" + team + "/observations");
        assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
        JsonNode stored = json(latest.body());
        assertThat(stored.get("ref").stringValue()).isEqualTo("main");
        assertThat(stored.at("/scan/observations/0/sightings/0/path").stringValue()).isEqualTo("tests/test_model.py");
    }

    @Test
    void anotherTeamsTokenIsRefusedWithExitFiveAndTheServicesReason() {
        String team = claimedTeam();
        String other = claimedTeam();

        assertThat(scan(RULES, team, pipelineToken(other))).isEqualTo(Cli.REFUSED);

        assertThat(err.toString()).contains("HTTP 403", other);
    }

    @Test
    void aSightingOfADetectorTheServiceDoesNotHaveIsInvalidInputExitThreeNamingTheField() {
        Path rules = ScanFixture.rules(TEMP.resolve("other-" + UUID.randomUUID()));
        ScanFixture.write(rules, "detectors.csv", ScanFixture.DETECTORS.replace("test-function,", "not-on-service,"));
        String team = claimedTeam();

        assertThat(scan(rules, team, pipelineToken(team))).isEqualTo(Cli.INVALID_INPUT);

        assertThat(err.toString()).contains("HTTP 400", "observations[0].sightings[0].detector");
    }

    private String pipelineToken(String team) {
        HttpResponse<String> issued = new Api(port).send("POST", "/api/teams/" + team + "/tokens",
                "{\"name\": \"ci-" + UUID.randomUUID().toString().substring(0, 8) + "\"}", SignIn.admin());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return json(issued.body()).get("token").stringValue();
    }

    /** A team that claims unit tests, automated builds and ad-hoc tracking (the sample team's answers). */
    private String claimedTeam() {
        String team = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        Api api = new Api(port);
        assertThat(api.postJson("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"Team " + team + "\"}")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> assessed = api.postJson("/api/teams/" + team + "/assessments", "{\"answers\": {"
                + "\"integration.app-tests\": \"unit\", \"integration.automated-builds\": true, "
                + "\"creation.experiment-tracking\": \"ad-hoc\"}}");
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);
        return team;
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
