package org.maturityadvisor.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Docker image's way of running, without Docker (no engine here): the jar extracted, the AOT cache recorded by
 * {@code bin/train-aot-cache} as the Dockerfile's training step does, then the service started with the Dockerfile's
 * own ENTRYPOINT (read from the Dockerfile) plus {@code -XX:AOTMode=on}, which makes the JVM refuse to start when the
 * cache does not fit its class path, JVM or GC instead of silently starting without it. Runs on a JDK 25 or later
 * (the image's eclipse-temurin:25-jre): {@code -Dimage.java=/path/to/bin/java}, else a Temurin 25 under
 * /usr/lib/jvm; skipped when there is none.
 */
class ImageAotCacheIT {

    private static final Path JAR = Path.of("target/maturity-advisor.jar");

    @Test
    void theTrainedCacheFitsTheEntrypointAndTheServiceAnswersOnIt() throws Exception {
        Optional<String> java = imageJava();
        assumeTrue(java.isPresent(), "no JDK 25+ for the image's way of running");
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-image-");
        Path app = work.resolve("app"); // the image's /app
        Path rules = Path.of("rules").toAbsolutePath();
        Path team = Path.of("docs/examples/team.json").toAbsolutePath();

        assertThat(exec(work, List.of(java.get(), "-Djarmode=tools", "-jar", JAR.toAbsolutePath().toString(),
                "extract", "--destination", app.toString()), java.get())).as(log(work)).isZero();
        int trained = exec(work, List.of(Path.of("bin/train-aot-cache").toAbsolutePath().toString(), "app.aot",
                "maturity-advisor.jar", team.toString(), String.valueOf(freePort()),
                "--maturity.data-dir=" + work.resolve("training"), "--maturity.rules-dir=" + rules), java.get());
        assertThat(trained).as(log(work)).isZero();
        assertThat(app.resolve("app.aot")).isNotEmptyFile();

        List<String> command = new ArrayList<>(entrypoint());
        assertThat(command).as("the Dockerfile's ENTRYPOINT").contains("-XX:AOTCache=app.aot", "-XX:+UseG1GC");
        command.set(0, java.get());
        command.add(1, "-XX:AOTMode=on"); // refuse to start on a cache that does not fit
        int port = freePort();
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("service.log").toFile());
        builder.environment().put("MATURITY_RULES_DIR", rules.toString());
        builder.environment().put("MATURITY_DATA_DIR", work.resolve("data").toString());
        Process service = builder.start();
        try {
            HttpResponse<String> response = assessWhenUp(port, service, work.resolve("service.log"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"level\":1", "DevOps but no MLOps");
        } finally {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The Dockerfile trains with the same script this test runs. */
    @Test
    void theDockerfileTrainsWithTheSharedScript() throws IOException {
        assertThat(Files.readString(Path.of("Dockerfile")))
                .contains("COPY bin/train-aot-cache docs/examples/team.json /tmp/training/")
                .contains("RUN /tmp/training/train-aot-cache app.aot maturity-advisor.jar /tmp/training/team.json")
                .contains("FROM eclipse-temurin:25-jre");
    }

    private static List<String> entrypoint() throws IOException {
        Matcher line = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$").matcher(Files.readString(Path.of("Dockerfile")));
        assertThat(line.find()).isTrue();
        return Arrays.stream(line.group(1).split(",")).map(s -> s.strip().replaceAll("^\"|\"$", "")).toList();
    }

    private static Optional<String> imageJava() throws IOException {
        String configured = System.getProperty("image.java");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> candidates = Files.list(jvms)) {
            return candidates.filter(p -> p.getFileName().toString().matches("temurin-(2[5-9]|[3-9]\\d).*"))
                    .map(p -> p.resolve("bin/java")).filter(Files::isExecutable).sorted().map(Path::toString)
                    .findFirst();
        }
    }

    private static String log(Path work) throws IOException {
        return Files.readString(work.resolve("exec.log"));
    }

    /** Runs the command in DIRECTORY (the extracted app once it exists, else WORK), its output appended to exec.log. */
    private static int exec(Path work, List<String> command, String java) throws Exception {
        Path directory = Files.isDirectory(work.resolve("app")) ? work.resolve("app") : work;
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("exec.log").toFile()));
        builder.environment().put("JAVA", java);
        Process process = builder.start();
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return process.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> assessWhenUp(int port, Process service, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(Path.of("docs/examples/team.json"))).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYet) {
                if (!service.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the service did not answer: " + Files.readString(log), notYet);
                }
                Thread.sleep(200);
            }
        }
    }
}
