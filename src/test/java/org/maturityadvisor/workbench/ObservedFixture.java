package org.maturityadvisor.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.maturityadvisor.testing.ScanFixture;
import org.maturityadvisor.testing.RulesFixture;

/**
 * The claimed-vs-observed tests' own world: a copy of the shipped rules with a small detector table of the test's
 * (so no test depends on what the shipped detectors.csv says), a repository built in memory as a zip, and the answers
 * the questionnaire sends. The repository shows unit tests (twice), a tracking call whose line carries markup, and
 * no pipeline definition; the team claims unit tests and automated builds and says nothing of tracking.
 */
public final class ObservedFixture {

    public static final String DETECTORS = """
            id,practice,value,path,kind,pattern,shows,ecosystems
            test-function,integration.app-tests,unit,test_*.py,regex,(?m)^def test_\\w+,a test function in a test file,python
            tracking-call,creation.experiment-tracking,centralized,*.py,literal,mlflow.log_metric,a run logged to a tracking server,python
            pipeline-file,integration.automated-builds,yes,.pipeline.yml,file,,a pipeline definition in the repository,ci
            """;

    /** A matched line that is markup: the page must show it as text. */
    public static final String MARKUP_LINE = "mlflow.log_metric(\"<img src=x onerror=alert(1)>\", 1)";
    /** A file name that is markup. */
    public static final String MARKUP_PATH = "tests/test_<b>.py";

    private ObservedFixture() {
    }

    /** The rules directory: the shipped rules with the test's detectors. */
    public static Path rules(Path temp) {
        Path directory = RulesFixture.copyOfShipped(temp.resolve("rules")).directory();
        try {
            Files.writeString(directory.resolve("detectors.csv"), DETECTORS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }

    /** The repository's files. */
    public static Map<String, String> repository() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("tests/test_model.py", "import model\n\n\ndef test_accuracy():\n    assert model.ok()\n");
        files.put(MARKUP_PATH, "def test_markup():\n    pass\n");
        files.put("train.py", "import mlflow\n\n" + MARKUP_LINE + "\n");
        files.put("README.md", "# a model\n");
        return files;
    }

    /** A zip of these files, in order. */
    public static byte[] zip(Map<String, String> files) {
        return ScanFixture.zip(files);
    }

    /** The answers: unit tests and automated builds claimed, tracking unanswered, releases scripted. */
    public static Map<String, String> answers() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team", "Observed team");
        form.put("a.integration.app-tests", "unit");
        form.put("a.integration.automated-builds", "yes");
        form.put("a.release.method", "scripted");
        return form;
    }
}
