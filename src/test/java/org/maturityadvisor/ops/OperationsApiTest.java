package org.maturityadvisor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** OpenAPI, Swagger UI, health, info, Prometheus and the report formats over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
class OperationsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyDocumentedOperationSaysTheRoleItNeedsAsEnforced() throws Exception {
        JsonNode paths = JSON.readTree(get("/v3/api-docs", "application/json").body()).get("paths");
        java.util.Map<String, String> roles = new java.util.TreeMap<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation ->
                roles.put(operation.getKey().toUpperCase() + " " + path.getKey(),
                        operation.getValue().path("x-required-role").asString("missing"))));

        assertThat(roles).doesNotContainValue("missing").doesNotContainValue("none (refused to every caller)");
        assertThat(roles).containsEntry("POST /api/assessments", "anonymous").containsEntry("GET /api/audit", "admin")
                .containsEntry("POST /api/rulesets/{id}/publish", "analyst").containsEntry("GET /api/teams", "viewer")
                .containsEntry("POST /api/imports", "assessor");
    }

    @Test
    void everyMappedEndpointIsInTheOpenApi31Document() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", "application/json");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(docs.body());
        assertThat(document.get("openapi").stringValue()).startsWith("3.1");

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(docs.body());
        assertThat(parsed.getOpenAPI()).as(String.valueOf(parsed.getMessages())).isNotNull();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");

        Set<String> missing = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPathPatternsCondition().getPatternValues()
                .forEach(path -> info.getMethodsCondition().getMethods().forEach(verb -> {
                    JsonNode operation = document.path("paths").path(path).path(verb.name().toLowerCase());
                    if (path.startsWith("/api/") && operation.isMissingNode()) {
                        missing.add(verb + " " + path);
                    }
                })));
        assertThat(missing).as("endpoints missing from /v3/api-docs").isEmpty();
        assertThat(document.path("paths").path("/api/assessments").path("post").path("responses").has("400"))
                .as("problem responses are documented").isTrue();
    }

    @Test
    void swaggerUiIsServedFromTheJar() throws Exception {
        HttpResponse<String> ui = get("/swagger-ui.html", "text/html");

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(ui.body()).doesNotContain("https://");
    }

    @Test
    void readinessNeedsTheDatabaseAndALoadedRuleSet() throws Exception {
        JsonNode readiness = JSON.readTree(get("/actuator/health/readiness", "application/json").body());
        JsonNode liveness = JSON.readTree(get("/actuator/health/liveness", "application/json").body());

        assertThat(readiness.get("status").stringValue()).isEqualTo("UP");
        assertThat(readiness.path("components").path("ruleSet").path("details").path("version").stringValue())
                .startsWith("sha256:");
        assertThat(readiness.path("components").has("db")).isTrue();
        assertThat(liveness.get("status").stringValue()).isEqualTo("UP");
    }

    @Test
    void anAnonymousCallerSeesOnlyWhetherTheServiceIsUp() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + path)).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).get("status").stringValue()).isEqualTo("UP");
            assertThat(health.body()).as(path).doesNotContain("components", "details", "diskSpace", "path", "free");
        }
        String viewer = SignIn.createUser("http://127.0.0.1:" + port, "health-viewer", "viewer");
        HttpResponse<String> details = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).header("Accept", "application/json").header("Authorization", viewer).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(details.body()).path("components").has("diskSpace")).as(details.body()).isTrue();
    }

    @Test
    void infoNamesTheApplicationAndTheActiveRuleSet() throws Exception {
        JsonNode info = JSON.readTree(get("/actuator/info", "application/json").body());

        assertThat(info.path("application").path("name").stringValue()).isEqualTo("maturity-advisor");
        assertThat(info.path("ruleSet").path("version").stringValue()).startsWith("sha256:");
    }

    @Test
    void prometheusShowsAssessmentsByModelAndLevelNeverByTeam() throws Exception {
        assertThat(post("/api/assessments", "application/json").statusCode()).isEqualTo(200);

        String metrics = get("/actuator/prometheus", "text/plain").body();
        assertThat(metrics).contains("maturity_assessments_total{", "model=\"microsoft\"", "level=\"1\"",
                "maturity_assessment_seconds_bucket", "maturity_assessments_stored", "maturity_ruleset_active_info{");
        assertThat(metrics).doesNotContain("Payments ML", "team=");
    }

    @Test
    void requestsAreTimedButNotEachSecurityFilter() throws Exception {
        assertThat(post("/api/assessments", "application/json").statusCode()).isEqualTo(200);

        String metrics = get("/actuator/prometheus", "text/plain").body();
        assertThat(metrics).contains("http_server_requests_seconds_count{");
        // an observation around every filter of the chain cost 10-17 % of the throughput (docs/BENCHMARKS.md)
        assertThat(metrics).doesNotContain("spring_security_");
    }

    @Test
    void anAssessmentComesAsMarkdownOrAPrintableHtmlPageByAccept() throws Exception {
        HttpResponse<String> markdown = post("/api/assessments", "text/markdown");
        HttpResponse<String> html = post("/api/assessments", "text/html");

        assertThat(markdown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(markdown.body()).startsWith("# Maturity assessment: Payments ML").contains("| model | level |");
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("@media print")
                .doesNotContain("<script", "http://", "https://", "<link");
    }

    @Test
    void theGateCommandReadsTheNewestStoredAssessmentOfATeam() throws Exception {
        String base = "http://127.0.0.1:" + port;
        http.send(HttpRequest.newBuilder(URI.create(base + "/api/teams")).header("Content-Type", "application/json")
                .header("Authorization", SignIn.admin())
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"gate-team\", \"name\": \"Gate\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        tools.jackson.databind.node.ObjectNode input = (tools.jackson.databind.node.ObjectNode) JSON.readTree(
                Files.readString(Path.of("docs/examples/team.json")));
        input.remove("team");
        HttpResponse<String> stored = http.send(HttpRequest.newBuilder(URI.create(base + "/api/teams/gate-team/assessments"))
                .header("Content-Type", "application/json").header("Authorization", SignIn.admin())
                .POST(HttpRequest.BodyPublishers.ofString(input.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Content-Type", "application/json").header("Authorization", SignIn.admin())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"pipeline-gate\", \"role\": \"viewer\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body()).get("token").stringValue();
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();

        int passed = org.maturityadvisor.cli.Cli.run(new String[] {"gate", "--url", base, "--team", "gate-team",
                "--token", token, "--require", "microsoft=1"}, new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(err, true));
        int failed = org.maturityadvisor.cli.Cli.run(new String[] {"gate", "--url", base, "--team", "gate-team",
                "--token", token, "--require", "microsoft=2"}, new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(err, true));
        int unknown = org.maturityadvisor.cli.Cli.run(new String[] {"gate", "--url", base, "--team", "no-such-team",
                "--token", token, "--require", "microsoft=2"}, new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(err, true));
        int anonymous = org.maturityadvisor.cli.Cli.run(new String[] {"gate", "--url", base, "--team", "gate-team",
                "--require", "microsoft=1"}, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));

        assertThat(passed).as(err.toString()).isZero();
        assertThat(failed).isEqualTo(1);
        assertThat(out.toString()).contains("Gate PASSED", "Gate FAILED", "ms-experiment-tracking");
        assertThat(unknown).isEqualTo(2);
        assertThat(err.toString()).contains("HTTP 404");
        assertThat(anonymous).as("a stored team needs a viewer's token").isEqualTo(5);
        assertThat(err.toString()).contains("HTTP 401");
    }

    /** As the admin: the Prometheus endpoint needs a viewer, the rest is open. */
    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept)
                .header("Authorization", SignIn.admin()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("docs/examples/team.json"))))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
