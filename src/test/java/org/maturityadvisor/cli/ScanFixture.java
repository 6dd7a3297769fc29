package org.maturityadvisor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.maturityadvisor.testing.RulesFixture;

/**
 * The shipped rules with a small detector table of the test's own (what the shipped table says is the scenarios'
 * business), and a repository that the table sees in four ways against the sample team
 * ({@code docs/examples/team.json}): app tests "unit" claimed and found (agrees), automated builds claimed and no CI
 * file (claimed but not found), experiment tracking "ad-hoc" claimed and MLflow logging found (found but answered
 * lower), an orchestrator not answered and an Airflow DAG found (found, not answered).
 */
final class ScanFixture {

    static final String DETECTORS = """
            id,practice,value,path,kind,pattern,shows,ecosystems
            test-function,integration.app-tests,unit,test_*.py,regex,(?m)^def test_\\w+,a test function in a test file,python
            ci-file,integration.automated-builds,yes,.gitlab-ci.yml,file,,a CI pipeline definition,gitlab-ci
            mlflow-metrics,creation.experiment-tracking,centralized,*.py,literal,mlflow.log_metric,MLflow metrics logged to a tracking server,python|mlflow
            airflow-dag,creation.pipeline-orchestrator,yes,dags/*.py,literal,DAG(,an Airflow DAG,airflow
            """;

    static final String TEAM = "docs/examples/team.json";

    private ScanFixture() {
    }

    /** The shipped rules with {@link #DETECTORS} as their detector table. */
    static Path rules(Path temp) {
        Path directory = RulesFixture.copyOfShipped(temp.resolve("rules")).directory();
        write(directory, "detectors.csv", DETECTORS);
        return directory;
    }

    /** The repository described above, with a vendored folder (skipped) and a file no detector reads. */
    static Path repository(Path temp) {
        Path repo = temp.resolve("repo");
        write(repo, "tests/test_model.py", "import pytest\n\n\ndef test_accuracy():\n    assert 1\n");
        write(repo, "train.py", "import mlflow\nmlflow.log_metric('auc', 0.9)\n");
        write(repo, "dags/train_dag.py", "from airflow import DAG\nwith DAG(\"train\") as dag:\n    pass\n");
        write(repo, "node_modules/pkg/test_vendored.py", "def test_vendored():\n");
        write(repo, "README.md", "# a model\n");
        return repo;
    }

    static void write(Path root, String path, String content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
