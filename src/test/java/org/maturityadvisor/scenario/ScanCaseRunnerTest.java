package org.maturityadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.ruleset.DetectorReader;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.scan.Detectors;
import org.maturityadvisor.testing.ShippedRules;

/**
 * Scan cases run against a detector table of the test's own: each difference names the case, the practice or the
 * detector, and what was found with its sightings; a case's files are scanned, never read as scenarios.
 */
class ScanCaseRunnerTest {

    private static final Detectors DETECTORS = DetectorReader.read(new RuleFile("detectors.csv", (
            "id,practice,value,path,kind,pattern,shows,ecosystems\n"
            + "pytest-file,integration.app-tests,unit,test_*.py,regex,^def test_,a pytest test,python\n"
            + "it-file,integration.app-tests,unit-and-integration,it/test_*.py,regex,^def test_,an integration "
            + "test,python\n"
            + "jenkins,integration.automated-builds,yes,Jenkinsfile,file,,a Jenkins pipeline,jenkins\n")
            .getBytes(StandardCharsets.UTF_8)), ShippedRules.advisor().catalog());

    @TempDir
    Path scenarios;

    @Test
    void aCaseThatGetsWhatItExpectsPasses() throws IOException {
        write("tests-found", "{\"description\": \"a pytest file\", \"observes\": {\"integration.app-tests\": \"unit\"},"
                + " \"mustNotObserve\": [\"integration.automated-builds\"], \"sightings\": [\"pytest-file\"],"
                + " \"mustNotSight\": [\"jenkins\"]}", "tests/test_a.py", "def test_a():\n    pass\n");

        ScenarioOutcome outcome = runOnly();

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.file()).isEqualTo("scans/tests-found");
        assertThat(outcome.name()).isEqualTo("a pytest file");
    }

    @Test
    void anObservationMissingIsNamedWithTheSightingsThatWereFound() throws IOException {
        write("nothing", "{\"observes\": {\"integration.app-tests\": \"unit\"}}", "Jenkinsfile", "pipeline {}\n");

        assertThat(runOnly().failures()).containsExactly("scan case nothing: expected integration.app-tests=unit, "
                + "found nothing; sightings: jenkins at Jenkinsfile");
    }

    @Test
    void aHigherValueThanExpectedAndAForbiddenObservationAreBothNamed() throws IOException {
        write("over", "{\"observes\": {\"integration.app-tests\": \"unit\"}, \"mustNotObserve\": "
                + "[\"integration.automated-builds\"]}", "it/test_flow.py", "def test_flow():\n");
        Files.writeString(scenarios.resolve("scans/over/repo/Jenkinsfile"), "node {}\n");

        assertThat(runOnly().failures()).containsExactly(
                "scan case over: expected integration.app-tests=unit, found integration.app-tests="
                        + "unit-and-integration (it-file at it/test_flow.py:1 \"def test_flow():\")",
                "scan case over: expected nothing for integration.automated-builds, found "
                        + "integration.automated-builds=yes (jenkins at Jenkinsfile)");
    }

    @Test
    void aDetectorIsCheckedOnItsOwnEvenWhenAHigherValueHidesItsSightings() throws IOException {
        write("hidden", "{\"sightings\": [\"pytest-file\", \"no-such-detector\"], \"mustNotSight\": [\"it-file\"]}",
                "it/test_flow.py", "def test_flow():\n");

        assertThat(runOnly().failures()).containsExactly(
                "scan case hidden: expected detector no-such-detector to fire, but the rule set has no such detector",
                "scan case hidden: expected detector it-file not to fire, it fired at it-file at "
                        + "it/test_flow.py:1 \"def test_flow():\"");
    }

    @Test
    void aCaseWithoutExpectationsOrTreeOrReadableJsonFailsSayingWhy() throws IOException {
        write("empty", "{\"description\": \"nothing expected\"}", "a.txt", "x");
        write("typo", "{\"observe\": {}}", "a.txt", "x");
        Files.createDirectories(scenarios.resolve("scans/no-tree"));
        Files.writeString(scenarios.resolve("scans/no-tree/case.json"), "{\"observes\": {}}");

        List<ScenarioOutcome> outcomes = ScanCaseRunner.run(DETECTORS, "sha256:test", ScanCases.read(scenarios));

        assertThat(outcomes).extracting(o -> o.failures().get(0)).containsExactly(
                "scan case empty: expects nothing: add \"observes\", \"mustNotObserve\", \"sightings\" or "
                        + "\"mustNotSight\" to case.json",
                "scan case no-tree: has no repo/ folder holding the files to scan",
                "scan case typo: case.json is unreadable: " + outcomes.get(2).failures().get(0)
                        .substring("scan case typo: case.json is unreadable: ".length()));
        assertThat(outcomes.get(2).failures().get(0)).contains("observe");
    }

    @Test
    void theJsonFilesOfACaseTreeAreNeverReadAsScenarios() throws IOException {
        write("suite", "{\"sightings\": [\"pytest-file\"]}", "gx/expectations/suite.json", "{\"expect\": {}}");
        Files.writeString(scenarios.resolve("scans/suite/repo/test_x.py"), "def test_x():\n");

        assertThat(ScenarioFiles.read(scenarios)).isEmpty();
        assertThat(runOnly().failures()).isEmpty();
    }

    @Test
    void scanCasesAreTestcasesOfTheirOwnInJunitXml() throws IOException {
        write("nothing", "{\"observes\": {\"integration.app-tests\": \"unit\"}}", "README.md", "# x\n");

        String xml = JunitXml.render("scenarios", List.of(new JunitXml.Timed(runOnly(), Duration.ofMillis(3))));

        assertThat(xml).contains("classname=\"scenarios.scans/nothing\"",
                "message=\"scan case nothing: expected integration.app-tests=unit, found nothing; no detector fired\"");
    }

    private ScenarioOutcome runOnly() {
        List<ScanCase> cases = ScanCases.read(scenarios);
        assertThat(cases).hasSize(1);
        return ScanCaseRunner.run(DETECTORS, "sha256:test", cases.get(0));
    }

    private void write(String name, String caseJson, String path, String content) throws IOException {
        Path folder = Files.createDirectories(scenarios.resolve("scans").resolve(name));
        Files.writeString(folder.resolve("case.json"), caseJson);
        Path file = folder.resolve("repo").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
