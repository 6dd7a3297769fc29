package org.maturityadvisor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs target/maturity-advisor.jar as a user would, in its own JVM: the CLI commands and the HTTP service. The fat
 * jar is where class-loading surprises of the rules engine show up, so it is tested as built.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/maturity-advisor.jar");

    @Test
    void testScenariosPassesFromTheJar() throws Exception {
        Result result = run("test-scenarios");

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("\\d+ passed, 0 failed");
    }

    @Test
    void assessPrintsTheReportFromTheJar() throws Exception {
        Result result = run("assess", "docs/examples/team.json");

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("Level 1 of 4: DevOps but no MLOps");
    }

    @Test
    void assessJsonWritesOnlyJsonToStandardOutput() throws Exception {
        Result result = run("assess", "docs/examples/team.json", "--json");

        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output().strip()).startsWith("{").endsWith("}");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(result.output())
                .get("models").get(0).get("level").intValue()).isEqualTo(1);
    }

    @Test
    void theServiceAnswersAnAssessment() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("service", ".log");
        Path dataDir = Files.createTempDirectory(Path.of("target"), "jar-data-");
        Process service = new ProcessBuilder(java(), "-jar", JAR.toString(), "--server.port=" + port,
                "--maturity.data-dir=" + dataDir.toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpResponse<String> response = assessWhenUp(port, service);
            assertThat(response.statusCode()).as(Files.readString(log)).isEqualTo(200);
            assertThat(response.body()).contains("\"level\":1", "DevOps but no MLOps");
        } finally {
            service.destroy();
            service.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** From a fresh clone: no set-up, the first start makes admin, whose generated password only its owner reads. */
    @Test
    void aFreshStartCreatesTheAdminWithAPasswordOnlyItsOwnerCanRead() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("service", ".log");
        Path dataDir = Files.createTempDirectory(Path.of("target"), "jar-admin-");
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toString(), "--server.port=" + port,
                "--maturity.data-dir=" + dataDir.toAbsolutePath()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("MATURITY_ADMIN_PASSWORD");
        Process service = builder.start();
        try {
            assessWhenUp(port, service);
            Path file = dataDir.resolve("initial-admin-password");
            assertThat(java.nio.file.Files.getPosixFilePermissions(file))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            String password = Files.readString(file).strip();
            assertThat(Files.readString(log)).contains(file.toString()).doesNotContain(password);
            HttpClient http = HttpClient.newHttpClient();
            String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + password)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/tokens")).header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"pipeline\", \"role\": \"analyst\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
            String bearer = "Bearer " + token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> versions = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/rulesets")).header("Authorization", bearer).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(versions.statusCode()).isEqualTo(200);
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audit")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        } finally {
            service.destroy();
            service.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> assessWhenUp(int port, Process service) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("docs/examples/team.json"))).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYet) {
                if (!service.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the service did not answer", notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    /** Exit code and standard output (standard error, where logs and problems go, is not part of it). */
    private record Result(int exit, String output) {
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
