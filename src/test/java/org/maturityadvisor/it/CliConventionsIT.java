package org.maturityadvisor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SarifSchema;

/** The CLI's conventions through target/maturity-advisor.jar, each command in its own JVM as a pipeline runs it. */
class CliConventionsIT {

    private static final Path JAR = Path.of("target/maturity-advisor.jar");
    private static final List<String> COMMANDS = List.of("assess", "gate", "simulate", "practices", "models",
            "test-scenarios", "validate", "serve", "rulesets", "rulesets draft", "rulesets publish",
            "rulesets rollback", "rulesets list", "rulesets report", "rulesets download", "rulesets audit");

    @Test
    void everyCommandAnswersHelpAndVersion() throws Exception {
        for (String command : COMMANDS) {
            Result help = run(args(command, "--help"));
            assertThat(help.exit()).as(command + " --help: " + help.err()).isZero();
            assertThat(help.out()).as(command).contains("Usage: maturity-advisor " + command);
        }
        Result version = run("assess", "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("maturity-advisor 0.1.0");
        assertThat(run("rulesets", "list", "-V").out()).startsWith("maturity-advisor ");
    }

    @Test
    void anUnknownCommandPrintsUsageAndExitsTwoWithoutStartingTheService() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Result unknown = run("nonsense", "--server.port=" + port);

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument", "Usage: maturity-advisor").doesNotContain("Tomcat");
        Result option = run("assess", "docs/examples/team.json", "--nonsense");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown option: '--nonsense'", "Usage: maturity-advisor assess");
    }

    @Test
    void aMissingInputFileExitsTwoNamingIt() throws Exception {
        Result missing = run("assess", "no/such/team.json");

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read team input file no/such/team.json does not exist");
        Path unreadable = Files.createTempFile(Path.of("target"), "unreadable", ".json");
        if (unreadable.toFile().setReadable(false) && !Files.isReadable(unreadable)) {
            assertThat(run("validate", unreadable.toString()).err()).contains("is not readable");
        }
    }

    @Test
    void gateExitsZeroWhenMetAndOneWhenNot() throws Exception {
        assertThat(run("gate", "docs/examples/team.json", "--require", "microsoft=1").exit()).isZero();
        Result failed = run("gate", "docs/examples/team.json", "--require", "microsoft=2", "--require",
                "ml-test-score=1");

        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out()).contains("FAIL  microsoft >= 2", "FAIL  ml-test-score >= 1",
                "ms-experiment-tracking");
    }

    @Test
    void assessWritesMarkdownAndHtml() throws Exception {
        assertThat(run("assess", "docs/examples/team.json", "--format", "markdown").out())
                .startsWith("# Maturity assessment: Payments ML");
        assertThat(run("assess", "docs/examples/team.json", "--format", "html").out())
                .startsWith("<!DOCTYPE html>");
        assertThat(run("assess", "docs/examples/team.json", "--format", "pdf").exit()).isEqualTo(2);
    }

    private static String[] args(String command, String flag) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(flag);
        return args.toArray(String[]::new);
    }

    private record Result(int exit, String out, String err) {
    }

    @Test
    void validateWritesSarifAndTestScenariosJunitXmlThroughTheJar() throws Exception {
        Result sarif = run("validate", "rules", "--format", "sarif");
        assertThat(sarif.exit()).as(sarif.err()).isZero();
        assertThat(SarifSchema.errors(sarif.out())).isEmpty();

        Path xml = Files.createTempFile(Path.of("target"), "scenarios", ".xml");
        Result scenarios = run("test-scenarios", "--junit-xml", xml.toString());
        assertThat(scenarios.exit()).as(scenarios.err()).isZero();
        assertThat(javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getDocumentElement().getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void theLauncherScriptAnswersAsTheJarDoesFromTheUnpackedJarAndItsArchive() throws Exception {
        String[] assess = {"assess", "docs/examples/team.json", "--format", "json"};
        Result jar = run(assess);
        // -Xshare:on: the JVM refuses to start unless the archive the build recorded maps and fits this jar
        Result script = runScript("-Xshare:on", assess);

        assertThat(script.exit()).as(script.err()).isZero();
        assertThat(script.err()).isEmpty();
        assertThat(script.out()).isEqualTo(jar.out());
        Result unknown = runScript("", "nonsense");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Usage: maturity-advisor");
    }

    private static Result runScript(String javaOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bin/maturity-advisor"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", javaOptions);
        return run(builder, args);
    }

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ServiceProcess.java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command), args);
    }

    private static Result run(ProcessBuilder builder, String... args) throws Exception {
        Path err = Files.createTempFile(Path.of("target"), "cli-err", ".txt");
        Process process = builder.redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not exit (did it start the service?)");
        }
        return new Result(process.exitValue(), out, Files.readString(err));
    }
}
