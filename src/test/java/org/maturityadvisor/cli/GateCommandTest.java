package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GateCommandTest {

    private static final String SAMPLE = "docs/examples/team.json";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void passesWhenEveryRequiredLevelIsReached() {
        assertThat(run("gate", SAMPLE, "--require", "microsoft=1", "--require", "ml-test-score=0")).isZero();

        assertThat(out.toString()).contains("Gate PASSED for Payments ML: 2 of 2 requirements met",
                "PASS  microsoft >= 1: at 1, DevOps but no MLOps");
    }

    @Test
    void failsWithTheCriteriaThatBlockEachUnmetRequirement() {
        assertThat(run("gate", SAMPLE, "--require", "microsoft=2", "--require", "six-stage=1"))
                .isEqualTo(Cli.CHECK_FAILED);

        assertThat(out.toString()).contains("Gate FAILED", "1 of 2 requirements met",
                "FAIL  microsoft >= 2: at 1", "level 2, Automated Training: 5 blocking criteria",
                "ms-experiment-tracking: creation.experiment-tracking observed ad-hoc, required centralized",
                "PASS  six-stage >= 1");
    }

    @Test
    void readsAPolicyFileAndPrintsJsonForMachines() throws IOException {
        Path policy = Files.writeString(temp.resolve("policy.json"), "{\"require\": {\"microsoft\": 2}}");

        assertThat(run("gate", SAMPLE, "--policy", policy.toString(), "--json")).isEqualTo(Cli.CHECK_FAILED);

        JsonNode verdict = JsonMapper.builder().build().readTree(out.toString());
        assertThat(verdict.get("passed").booleanValue()).isFalse();
        assertThat(verdict.get("requirements").get(0).get("blockedBy").get(0).get("blockers")).hasSize(5);
    }

    @Test
    void refusesAnUnknownModelOrLevelOutOfRangeWithExitThree() throws IOException {
        assertThat(run("gate", SAMPLE, "--require", "microsfot=2", "--require", "google=9"))
                .isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString()).contains("require.microsfot: unknown model", "require.google: expected a level "
                + "from 0 to 2, got 9");

        Path policy = Files.writeString(temp.resolve("bad.json"), "{\"require\": {\"microsoft\": \"two\"}, \"x\": 1}");
        assertThat(run("gate", SAMPLE, "--policy", policy.toString())).isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString()).contains("x: unknown field", "require.microsoft: expected a level");
    }

    @Test
    void needsEitherAFileOrAServiceAndARequirement() {
        assertThat(run("gate", SAMPLE)).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("give --require MODEL=LEVEL or --policy FILE");
        assertThat(run("gate", "--require", "microsoft=1")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("give either FILE or --url with --team");
    }

    @Test
    void aServiceThatCannotBeReachedExitsFive() {
        assertThat(run("gate", "--url", "http://127.0.0.1:9", "--team", "payments-ml", "--require", "microsoft=1"))
                .isEqualTo(Cli.REFUSED);
        assertThat(err.toString()).contains("could not be reached");
    }
}
