package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.testing.ShippedRules;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code maturity-advisor trace FILE --model ID [--format text|json]}: a team input or a scenario traced on a model's
 * table; and {@code test-scenarios} saying how to trace a failing scenario.
 */
class TraceCommandTest {

    private static final String SAMPLE = "docs/examples/team.json";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsEveryRowWithItsMarkAndTheAnswerBesideTheBlockersTheAssessmentNames() throws IOException {
        assertThat(run("trace", SAMPLE, "--model", "microsoft")).as(err.toString()).isZero();

        Advisor advisor = ShippedRules.advisor();
        ModelAssessment microsoft = advisor.assess(TeamInputReader.read(Files.readString(Path.of(SAMPLE)),
                advisor.catalog())).model("microsoft");
        String text = out.toString();
        assertThat(text).startsWith(microsoft.modelName() + " on its table: level " + microsoft.level() + " of "
                + microsoft.topLevel()).contains("Rows: ", "RuleTable Levels", "DECIDES THE LEVEL: level reached");
        microsoft.nextLevelBlockers().forEach(b -> assertThat(text).containsPattern(
                "BLOCKING: [^\\n]*\\n\\s+answer: [^\\n]*\\n\\s+Criterion id = " + b.criterion() + " \\|"));
    }

    @Test
    void jsonIsTheApisTraceAndAScenarioFileIsTracedAsTheGateJudgesIt() throws IOException {
        Path scenario = Path.of("scenarios/google-level-1-pipeline-automation.json");
        assertThat(run("trace", scenario.toString(), "--model", "google", "--format", "json")).as(err.toString())
                .isZero();

        JsonNode trace = JsonMapper.builder().build().readTree(out.toString());
        assertThat(trace.get("model").stringValue()).isEqualTo("google");
        assertThat(trace.get("level").intValue()).isEqualTo(1); // the scenario's own expectation
        assertThat(trace.get("tables").isArray()).isTrue();
    }

    @Test
    void anUnknownModelIsBadUsageNamingTheModels() {
        assertThat(run("trace", SAMPLE, "--model", "nope")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--model: nope is not a model", "microsoft", "google");
    }

    @Test
    void testScenariosSaysHowToTraceAFailingScenarioOnTheTable() throws IOException {
        Path scenarios = Files.createDirectory(temp.resolve("scenarios"));
        Files.writeString(scenarios.resolve("wrong.json"), """
                {"name": "wrong on purpose", "input": {"team": "t", "answers": {}},
                 "expect": {"microsoft": {"level": 2, "blockers": []}}}
                """);

        assertThat(run("test-scenarios", "--scenarios", scenarios.toString())).isEqualTo(Cli.SCENARIO_FAILED);
        assertThat(out.toString()).contains("trace it on the table: maturity-advisor trace "
                + scenarios.resolve("wrong.json") + " --model microsoft --rules rules");

        out.getBuffer().setLength(0);
        assertThat(run("trace", scenarios.resolve("wrong.json").toString(), "--model", "microsoft"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("level 0 of");
    }
}
