package org.maturityadvisor.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTreesTest {

    /** A small detector table of this test's own: tests, a workflow, a tracking call, a Dockerfile. */
    static final Detectors DETECTORS = new Detectors(List.of(
            detector("pytest-file", "tests", "unit", 1, "{test_*.py,*_test.py}", PatternKind.REGEX,
                    "^\\s*def test_\\w+\\("),
            detector("workflow", "builds", "yes", 1, ".github/workflows/*.{yml,yaml}", PatternKind.REGEX,
                    "^on:"),
            detector("mlflow", "tracking", "centralized", 2, "*.py", PatternKind.LITERAL, "mlflow.log_"),
            detector("dockerfile", "serving", "versioned", 1, "Dockerfile", PatternKind.FILE, "")));

    @TempDir
    Path work;

    @Test
    void aFolderIsReadAsAFolder() throws Exception {
        Path repo = repository();

        RepositoryTree tree = RepositoryTrees.open(repo);

        assertThat(tree).isInstanceOf(DirectoryTree.class);
        assertThat(tree.name()).isEqualTo("repo");
    }

    @Test
    void aZipATarGzAndTheFolderTheyHoldGiveTheSameReport() throws Exception {
        Path repo = repository();
        Path zip = work.resolve("repo.zip");
        Path tgz = work.resolve("repo.tgz");
        Files.write(zip, archive(repo).zip());
        Files.write(tgz, archive(repo).tarGz());

        ScanReport folder = scan(RepositoryTrees.open(repo));
        ScanReport zipped = scan(RepositoryTrees.open(zip));
        ScanReport tarred = scan(RepositoryTrees.open(tgz));

        assertThat(folder.observations()).extracting(o -> o.practice() + "=" + o.value())
                .containsExactly("tests=unit", "builds=yes", "tracking=centralized", "serving=versioned");
        assertThat(folder.skipped()).containsKeys(SkipReason.GIT_INTERNALS, SkipReason.VENDORED, SkipReason.BINARY);
        for (ScanReport archived : List.of(zipped, tarred)) {
            assertThat(archived.tree()).isEqualTo("repo");
            assertThat(archived.observations()).isEqualTo(folder.observations());
            assertThat(archived.notFound()).isEqualTo(folder.notFound());
            assertThat(archived.filesSeen()).isEqualTo(folder.filesSeen());
            assertThat(archived.filesRead()).isEqualTo(folder.filesRead());
            assertThat(archived.skipped()).isEqualTo(folder.skipped());
        }
    }

    @Test
    void aGitArchiveWithItsPaxHeaderAndTopFolderReadsAsTheRepository() throws Exception {
        Path repo = repository();
        Files.delete(repo.resolve("model.bin"));
        run(repo, "git", "init", "-q");
        run(repo, "git", "add", "-A");
        run(repo, "git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "x");
        Path tgz = work.resolve("repo-main.tar.gz");
        run(repo, "git", "archive", "--format=tar.gz", "--prefix=repo-main/", "-o", tgz.toString(), "HEAD");
        Path zip = work.resolve("repo-main.zip");
        run(repo, "git", "archive", "--format=zip", "--prefix=repo-main/", "-o", zip.toString(), "HEAD");

        for (Path archive : List.of(tgz, zip)) {
            ScanReport report = scan(RepositoryTrees.open(archive));

            assertThat(report.tree()).isEqualTo("repo-main");
            assertThat(report.observation("tests").orElseThrow().sightings().get(0).path())
                    .isEqualTo("tests/test_model.py");
            assertThat(report.observation("builds").orElseThrow().sightings().get(0).path())
                    .isEqualTo(".github/workflows/ci.yml");
        }
    }

    @Test
    void aMissingPathIsRefusedNamingIt() {
        Path missing = work.resolve("nowhere");

        assertThatThrownBy(() -> RepositoryTrees.open(missing))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("no such folder or file: " + missing)
                .satisfies(e -> assertThat(((ScanRefusedException) e).entry()).isEqualTo(missing.toString()));
    }

    @Test
    void aFileThatIsNeitherZipNorGzipIsRefusedWhateverItsName() throws Exception {
        Path notes = Files.writeString(work.resolve("notes.tar.gz"), "plain text");

        assertThatThrownBy(() -> RepositoryTrees.open(notes))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("not a folder, a zip or a tar.gz: " + notes);
    }

    @Test
    void anArchiveOverItsSizeLimitIsRefusedNamingTheSetting() throws Exception {
        Path zip = Files.write(work.resolve("big.zip"), Archives.of().file("a.py", "x".repeat(5000)).zip());

        assertThatThrownBy(() -> RepositoryTrees.open(zip, 100))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("over 100 bytes (maturity.scan.max-archive-bytes)");
    }

    private Path repository() throws IOException {
        Path repo = work.resolve("repo");
        write(repo, "tests/test_model.py", "import pytest\n\ndef test_accuracy():\n    assert 1\n");
        write(repo, ".github/workflows/ci.yml", "name: ci\non:\n  push:\n");
        write(repo, "src/train.py", "import mlflow\nmlflow.log_metric('auc', 0.9)\n");
        write(repo, "Dockerfile", "FROM python:3.12\n");
        write(repo, "README.md", "# repo\n");
        write(repo, ".git/config", "[core]\n");
        write(repo, "web/node_modules/x/test_a.py", "def test_x():\n");
        Files.write(repo.resolve("model.bin"), new byte[] {1, 0, 2});
        Files.write(repo.resolve("test_blob.py"), new byte[] {'d', 0, 'f'});
        return repo;
    }

    /** The folder's files as archive entries, under one top folder. */
    private static Archives archive(Path repo) throws IOException {
        Archives archives = Archives.of();
        try (var files = Files.walk(repo)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                archives.file("repo/" + repo.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return archives;
    }

    private static ScanReport scan(RepositoryTree tree) throws IOException, ScanRefusedException {
        return new Scanner(DETECTORS, "sha256:test").scan(tree, ScanLimits.DEFAULTS);
    }

    private static void write(Path repo, String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static void run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }

    static Detector detector(String id, String practice, String value, int rank, String glob, PatternKind kind,
                             String pattern) {
        return new Detector(id, practice, value, rank, PathGlob.parse(glob).glob(),
                ContentPattern.parse(kind, pattern).pattern(), "", List.of());
    }
}
