package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scan --url --team --token}: the request the CLI sends (method, path, bearer token, the JSON report as body)
 * and what it makes of each answer, against a local HTTP server that records the request and answers as told. The
 * service's own checks are proven against the real service ({@code ScanPushServiceTest}).
 */
class ScanPushTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path shared;
    static Path rules;
    static Path repo;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> requests = new ArrayList<>();
    private HttpServer server;

    @BeforeAll
    static void fixture() {
        rules = ScanFixture.rules(shared);
        repo = ScanFixture.repository(shared);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A server that answers every request with this status and body, recording "METHOD path auth\nbody". */
    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private int push(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("scan", repo.toString(), "--rules", rules.toString(), "--url",
                url + "/", "--team", "payments-ml", "--token", "s3cret"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void postsTheJsonReportWithTheTokenAndPrintsTheNewLevelsAndClaimedVsObservedCounts() throws Exception {
        String url = serve(201, """
                {"scan": {}, "assessment": {"team": "payments-ml", "seq": 7, "author": "token:ci",
                  "levels": [{"model": "microsoft", "level": 2, "levelName": "Automated Training"}],
                  "href": "/api/teams/payments-ml/assessments/7"},
                 "observed": [{"practice": "a", "agreement": "agrees"}, {"practice": "b", "agreement": "agrees"},
                              {"practice": "c", "agreement": "claimed-not-found"}]}""");

        assertThat(push(url)).as(err.toString()).isZero();

        assertThat(requests).hasSize(1);
        String request = requests.get(0);
        assertThat(request).startsWith("POST /api/teams/payments-ml/observations Bearer s3cret application/json\n");
        JsonNode sent = JSON.readTree(request.substring(request.indexOf('\n') + 1));
        assertThat(sent.get("tree").stringValue()).isEqualTo("repo");
        assertThat(sent.get("observations")).hasSize(3);
        assertThat(out.toString()).contains("Scan of repo", "Sent to " + url + "/ for team payments-ml: the service stored the scan and a new assessment (#7)\n",
                "  microsoft: level 2, Automated Training\n",
                "  Claimed vs observed: 3 practices looked for, 2 claimed and observed, 1 claimed but not found\n");
    }

    @Test
    void theCommitAndBranchScannedTravelWithTheReport() throws Exception {
        String url = serve(201, "{\"assessment\": {}, \"observed\": []}");
        String sha = "0123456789abcdef0123456789abcdef01234567";

        assertThat(push(url, "--commit", sha, "--ref", "main")).as(err.toString()).isZero();

        JsonNode sent = JSON.readTree(requests.get(0).substring(requests.get(0).indexOf('\n') + 1));
        assertThat(sent.get("commit").stringValue()).isEqualTo(sha);
        assertThat(sent.get("ref").stringValue()).isEqualTo("main");
        assertThat(push(url, "--commit", "HEAD")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--commit HEAD: a commit is 40 hex digits");
    }

    @Test
    void withAJsonReportOnStandardOutputTheServicesAnswerGoesToStandardError() throws Exception {
        String url = serve(201, "{\"assessment\": {\"models\": []}, \"observed\": []}");

        assertThat(push(url, "--format", "json")).isZero();

        assertThat(JSON.readTree(out.toString()).get("tree").stringValue()).isEqualTo("repo");
        assertThat(err.toString()).contains("Sent to ", "0 practices looked for");
    }

    @Test
    void aBadRequestIsInvalidInputExitThreeWithTheFieldsAtFault() throws Exception {
        String url = serve(400, """
                {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "1 field is invalid",
                 "errors": [{"field": "observations[0].sightings[0].detector", "reason": "no detector x"}]}""");

        assertThat(push(url)).isEqualTo(Cli.INVALID_INPUT);

        assertThat(err.toString()).contains("HTTP 400 Bad Request: 1 field is invalid",
                "  observations[0].sightings[0].detector: no detector x");
    }

    @Test
    void aRefusalIsExitFiveWithTheServicesProblemDetail() throws Exception {
        String url = serve(403, "{\"title\": \"Forbidden\", \"status\": 403, \"detail\": \"this token may only push "
                + "the observations of team other\"}");

        assertThat(push(url)).isEqualTo(Cli.REFUSED);

        assertThat(err.toString()).contains("HTTP 403 Forbidden: this token may only push the observations of team "
                + "other");
    }

    @Test
    void anUnreachableServiceIsExitFive() {
        assertThat(push("http://127.0.0.1:9")).isEqualTo(Cli.REFUSED);
        assertThat(err.toString()).contains("could not be reached");
    }

    @Test
    void urlWithoutTeamIsBadUsage() {
        assertThat(Cli.run(new String[] {"scan", repo.toString(), "--url", "http://127.0.0.1:9"},
                new PrintWriter(out, true), new PrintWriter(err, true))).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--url and --team go together");
    }
}
