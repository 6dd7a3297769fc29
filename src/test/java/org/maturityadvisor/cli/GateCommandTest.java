package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.testing.ShippedRules;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GateCommandTest {

    private static final String SAMPLE = "docs/examples/team.json";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** The sample team as the engine places it: the gate's expectations follow the tables, whatever they say. */
    private static final AssessmentResult ASSESSED = assessed();

    private static AssessmentResult assessed() {
        try {
            Advisor advisor = ShippedRules.advisor();
            return advisor.assess(TeamInputReader.read(Files.readString(Path.of(SAMPLE)), advisor.catalog()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void passesWhenEveryRequiredLevelIsReached() {
        ModelAssessment microsoft = ASSESSED.model("microsoft");
        assertThat(run("gate", SAMPLE, "--require", "microsoft=" + microsoft.level(), "--require", "ml-test-score="
                + ASSESSED.model("ml-test-score").level())).isZero();

        assertThat(out.toString()).contains("Gate PASSED for " + ASSESSED.team() + ": 2 of 2 requirements met",
                "PASS  microsoft >= " + microsoft.level() + ": at " + microsoft.level() + ", "
                        + microsoft.levelName());
    }

    @Test
    void failsWithTheCriteriaThatBlockEachUnmetRequirement() {
        ModelAssessment microsoft = ASSESSED.model("microsoft");
        BlockedLevel next = microsoft.blockedLevels().get(0);
        Blocker absent = next.blockers().stream().filter(b -> b.status() == CriterionStatus.ABSENT).findFirst()
                .orElseThrow();
        int six = ASSESSED.model("six-stage").level();
        assertThat(run("gate", SAMPLE, "--require", "microsoft=" + next.level(), "--require", "six-stage=" + six))
                .isEqualTo(Cli.CHECK_FAILED);

        assertThat(out.toString()).contains("Gate FAILED", "1 of 2 requirements met",
                "FAIL  microsoft >= " + next.level() + ": at " + microsoft.level(),
                "level " + next.level() + ", " + next.name() + ": " + next.blockers().size() + " blocking criteri",
                absent.criterion() + ": " + absent.practice() + " observed " + absent.observed() + ", required "
                        + absent.required(),
                "PASS  six-stage >= " + six);
    }

    @Test
    void readsAPolicyFileAndPrintsJsonForMachines() throws IOException {
        BlockedLevel next = ASSESSED.model("microsoft").blockedLevels().get(0);
        Path policy = Files.writeString(temp.resolve("policy.json"), "{\"require\": {\"microsoft\": " + next.level()
                + "}}");

        assertThat(run("gate", SAMPLE, "--policy", policy.toString(), "--json")).isEqualTo(Cli.CHECK_FAILED);

        JsonNode verdict = JsonMapper.builder().build().readTree(out.toString());
        assertThat(verdict.get("passed").booleanValue()).isFalse();
        assertThat(verdict.get("requirements").get(0).get("blockedBy").get(0).get("blockers"))
                .hasSameSizeAs(next.blockers());
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
