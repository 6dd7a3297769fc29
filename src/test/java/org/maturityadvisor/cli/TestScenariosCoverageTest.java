package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.coverage.SmallRuleSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** test-scenarios prints, after its pass/fail table, what the scenarios exercise and what they leave uncovered. */
class TestScenariosCoverageTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    }

    @Test
    void theCoverageSummaryAndTheUncoveredItemsFollowTheResults() throws Exception {
        SmallRuleSet.write(temp.resolve("rules"), temp.resolve("scenarios"));
        Path json = temp.resolve("coverage.json");

        assertThat(run("test-scenarios", "--rules", temp.resolve("rules").toString(), "--scenarios",
                temp.resolve("scenarios").toString(), "--coverage-json", json.toString())).isZero();

        String text = out.toString();
        assertThat(text.indexOf("2 passed, 0 failed")).isPositive().isLessThan(text.indexOf("Scenario coverage"));
        assertThat(text).contains("Scenario coverage (2 scenarios):\n"
                + "  criteria, tests and statements exercised as met 4/6, as blocking 6/6, neither 0\n"
                + "  levels and bands reached 1/4, blocked 4/4\n"
                + "  target rows deciding a target 2/3\n"
                + "  mini: 2 of 3 criteria met, 3 of 3 blocking, 0 uncovered\n"
                + "  release-rubric: 2 of 3 tests met, 3 of 3 blocking, 0 uncovered\n"
                + "Never exercised as met (or reached, complete, deciding a target): 6\n"
                + "  mini: criterion mini-tracking (level 2, Creation): Are experiments tracked centrally? ["
                + SmallRuleSet.MINI + " row ");
        assertThat(text).contains("  mini: level 2 (Tracked)\n", "  release-rubric: test rr-tests (Testing): "
                + "Is every release tested?", "  mini: target row mini-small: use cases 5+, business-critical any, "
                + "in production any [" + SmallRuleSet.TARGET + " row ",
                "Never exercised as blocking (or blocked, incomplete): none\n");

        JsonNode coverage = JsonMapper.builder().build().readTree(Files.readString(json));
        assertThat(coverage.get("totals").get("asMet").intValue()).isEqualTo(4);
        assertThat(coverage.get("items").findValuesAsString("kind")).contains("criterion", "band", "target-row");
    }

    @Test
    void noCoverageLeavesTheOutputAsItWas() throws Exception {
        SmallRuleSet.write(temp.resolve("rules"), temp.resolve("scenarios"));

        assertThat(run("test-scenarios", "--rules", temp.resolve("rules").toString(), "--scenarios",
                temp.resolve("scenarios").toString(), "--no-coverage")).isZero();

        assertThat(out.toString()).endsWith("2 passed, 0 failed\n").doesNotContain("Scenario coverage");
    }
}
