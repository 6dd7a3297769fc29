package org.maturityadvisor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.Support;
import org.maturityadvisor.ruleset.DetectorReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleFile;

class ScannerTest {

    static final LoadedRuleSet SHIPPED = LoadedRuleSet.load(Path.of("rules"));

    /** The test's own detectors: what the shipped table holds is proven by the scan cases in scenarios/scans. */
    static final Detectors DETECTORS = DetectorReader.read(new RuleFile(DetectorReader.FILE, """
            id,practice,value,path,kind,pattern,shows,ecosystems
            pytest-test-file,integration.app-tests,unit,"{test_*.py,*_test.py}",regex,(?m)^\\s*def\\s+test_\\w*\\s*\\(,a test function,python
            mlflow-tracking,creation.experiment-tracking,centralized,*.py,regex,(?m)^\\s*mlflow\\.(set_tracking_uri|log_metric)\\b,MLflow runs logged,python
            workflow,integration.automated-builds,yes,.github/workflows/*.yml,file,,a workflow file,github-actions
            dvc-stages,creation.pipeline-orchestrator,yes,dvc.yaml,literal,stages:,DVC stages,dvc
            dockerfile,release.scoring-script,versioned,Dockerfile,literal,FROM,a Dockerfile,docker
            """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), SHIPPED.advisor().catalog());

    @TempDir
    Path repo;

    @Test
    void aTestFunctionInATestFileIsObservedWithItsLineAndText() throws Exception {
        write("tests/test_model.py", "import pytest\n\n\ndef test_accuracy():\n    assert 1\n");
        write("requirements.txt", "pytest==8.0\n");

        ScanReport report = scan();

        var observation = report.observation("integration.app-tests").orElseThrow();
        assertThat(observation.value()).isEqualTo("unit");
        assertThat(observation.sightings()).singleElement().satisfies(sighting -> {
            assertThat(sighting.path()).isEqualTo("tests/test_model.py");
            assertThat(sighting.line()).isEqualTo(4);
            assertThat(sighting.text()).isEqualTo("def test_accuracy():");
            assertThat(sighting.detector()).isEqualTo("pytest-test-file");
        });
    }

    @Test
    void aPytestDependencyAloneIsNotATestSuite() throws Exception {
        write("requirements.txt", "pytest==8.0\n");
        write("test_nothing.py", "import pytest\n");

        ScanReport report = scan();

        assertThat(report.observation("integration.app-tests")).isEmpty();
        assertThat(report.notFound()).contains("integration.app-tests");
    }

    @Test
    void gitInternalsAndVendoredFoldersAreSkippedAndCounted() throws Exception {
        write(".git/hooks/test_hook.py", "def test_x():\n");
        write("node_modules/pkg/test_a.py", "def test_x():\n");
        write(".venv/lib/test_b.py", "def test_x():\n");

        ScanReport report = scan();

        assertThat(report.observation("integration.app-tests")).isEmpty();
        assertThat(report.skipped()).containsKeys(SkipReason.GIT_INTERNALS, SkipReason.VENDORED);
        assertThat(report.skipped().get(SkipReason.VENDORED).count()).isEqualTo(2);
    }

    @Test
    void aSymlinkIsNeverFollowed(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("test_secret.py"), "def test_outside():\n");
        Files.createSymbolicLink(repo.resolve("linked"), outside);
        Files.createSymbolicLink(repo.resolve("test_link.py"), outside.resolve("test_secret.py"));

        ScanReport report = scan();

        assertThat(report.observation("integration.app-tests")).isEmpty();
        assertThat(report.skipped().get(SkipReason.SYMLINK).count()).isEqualTo(2);
    }

    @Test
    void aCredentialInAMatchedLineIsHidden() throws Exception {
        write("train.py", "import mlflow\nmlflow.set_tracking_uri(\"https://bot:s3cret@mlflow.example.com\")\n");

        var sighting = scan().observation("creation.experiment-tracking").orElseThrow().sightings().get(0);

        assertThat(sighting.text()).doesNotContain("s3cret").contains("https://…@mlflow.example.com");
        assertThat(sighting.line()).isEqualTo(2);
    }

    @Test
    void observationsBackAgreeingClaimsFillUnansweredPracticesAndFlagClaimsNotFound() throws Exception {
        write("tests/test_model.py", "def test_accuracy():\n    assert 1\n");
        write("train.py", "mlflow.log_metric('auc', 0.9)\n");
        var catalog = SHIPPED.advisor().catalog();
        Answers answers = catalog.answers(Map.of("integration.app-tests", "unit",
                "integration.automated-builds", "yes", "creation.pipeline-orchestrator", "no"), "answers");

        Answers merged = ClaimedVsObserved.merge(answers, scan(), catalog, LocalDate.of(2026, 12, 7));

        var tests = merged.get("integration.app-tests").orElseThrow();
        assertThat(tests.support()).isEqualTo(Support.OBSERVED);
        assertThat(tests.details().agreement()).isEqualTo(Agreement.AGREES);
        var tracking = merged.get("creation.experiment-tracking").orElseThrow();
        assertThat(tracking.value()).isEqualTo("centralized");
        assertThat(tracking.details().agreement()).isEqualTo(Agreement.FOUND_NOT_ANSWERED);
        var builds = merged.get("integration.automated-builds").orElseThrow();
        assertThat(builds.support()).isEqualTo(Support.CLAIMED);
        assertThat(builds.details().agreement()).isEqualTo(Agreement.CLAIMED_NOT_FOUND);
        assertThat(merged.get("creation.pipeline-orchestrator").orElseThrow().details().agreement())
                .isEqualTo(Agreement.NEITHER);
        assertThat(merged.get("release.scoring-script")).as("not found, not answered: unknown, never no").isEmpty();
    }

    private ScanReport scan() throws IOException, ScanRefusedException {
        return new Scanner(DETECTORS, SHIPPED.version()).scan(new DirectoryTree(repo), ScanLimits.DEFAULTS);
    }

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
