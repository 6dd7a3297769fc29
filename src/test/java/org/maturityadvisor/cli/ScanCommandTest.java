package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.SarifSchema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scan PATH}: what it reads, the three formats, --exclude, --output and its exit codes. */
class ScanCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path shared;
    static Path rules;
    static Path repo;

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void fixture() {
        rules = ScanFixture.rules(shared);
        repo = ScanFixture.repository(shared);
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--rules")) {
            all.addAll(List.of("--rules", rules.toString()));
        }
        return Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void textLeadsWithTheSummaryThenEachPracticeObservedWithItsSightingsThenTheOnesNotFound() {
        assertThat(run("scan", repo.toString())).as(err.toString()).isZero();

        String text = out.toString();
        assertThat(text).startsWith("Scan of repo (rule set sha256:");
        assertThat(text.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("3 practices observed, 1 looked for and not found; 3 files read of 4 seen; 1 entry skipped");
        assertThat(text).contains("  1 entry skipped, in a vendored or generated folder",
                "\nObserved\n  Which tests does the application code have? (integration.app-tests)\n"
                        + "    unit, shown by 1 sighting:\n"
                        + "      tests/test_model.py:4  def test_accuracy():\n"
                        + "        test-function: a test function in a test file\n",
                "How are experiment results and training performance tracked? (creation.experiment-tracking)\n"
                        + "    centralized, shown by 1 sighting:\n      train.py:2  mlflow.log_metric('auc', 0.9)\n",
                "\nLooked for and not found (absence in the files is never \"no\")\n"
                        + "  Are builds of the application automated? (integration.automated-builds)\n");
        assertThat(text.indexOf("Observed")).isLessThan(text.indexOf("Looked for and not found"));
    }

    @Test
    void jsonIsTheScanReportThePipelinePushes() throws Exception {
        assertThat(run("scan", repo.toString(), "--format", "json")).as(err.toString()).isZero();

        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.propertyNames()).containsExactly("tree", "rulesetVersion", "observations", "notFound",
                "filesSeen", "filesRead", "skipped");
        assertThat(report.get("tree").stringValue()).isEqualTo("repo");
        assertThat(report.get("rulesetVersion").stringValue()).startsWith("sha256:");
        JsonNode tests = report.get("observations").get(0);
        assertThat(tests.propertyNames()).containsExactly("practice", "value", "rank", "sightings");
        assertThat(tests.get("practice").stringValue()).isEqualTo("integration.app-tests");
        assertThat(tests.get("value").stringValue()).isEqualTo("unit");
        assertThat(tests.get("rank").intValue()).isEqualTo(1);
        assertThat(tests.at("/sightings/0").toString()).isEqualTo("{\"detector\":\"test-function\","
                + "\"path\":\"tests/test_model.py\",\"line\":4,\"text\":\"def test_accuracy():\"}");
        assertThat(report.get("notFound").toString()).isEqualTo("[\"integration.automated-builds\"]");
        assertThat(report.get("filesSeen").intValue()).isEqualTo(4);
        assertThat(report.get("filesRead").intValue()).isEqualTo(3);
        assertThat(report.get("skipped").toString()).isEqualTo("{\"vendored\":{\"count\":1,"
                + "\"examples\":[\"node_modules\"]}}");
    }

    @Test
    void sarifIsAValidLogWithOneResultPerSightingAndTheDetectorTableAsRules() throws Exception {
        assertThat(run("scan", repo.toString(), "--format", "sarif")).as(err.toString()).isZero();

        String sarif = out.toString();
        assertThat(SarifSchema.errors(sarif)).as(sarif).isEmpty();
        JsonNode run = JSON.readTree(sarif).at("/runs/0");
        assertThat(run.at("/tool/driver/rules").findValuesAsString("id"))
                .containsExactly("test-function", "ci-file", "mlflow-metrics", "airflow-dag");
        assertThat(run.at("/tool/driver/rules/0/shortDescription/text").stringValue())
                .isEqualTo("a test function in a test file");
        assertThat(run.get("results")).hasSize(3);
        JsonNode test = run.at("/results/0");
        assertThat(test.get("ruleId").stringValue()).isEqualTo("test-function");
        assertThat(test.at("/locations/0/physicalLocation/artifactLocation/uri").stringValue())
                .isEqualTo("tests/test_model.py");
        assertThat(test.at("/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(4);
        assertThat(test.at("/properties/value").stringValue()).isEqualTo("unit");
        assertThat(run.at("/properties/notFound/0").stringValue()).isEqualTo("integration.automated-builds");
        assertThat(run.at("/properties/skipped/vendored/count").intValue()).isEqualTo(1);
    }

    @Test
    void anExcludedPathIsNotReadAndIsCountedAsExcluded() throws Exception {
        assertThat(run("scan", repo.toString(), "--format", "json", "--exclude", "dags/**", "--exclude",
                "train.py")).as(err.toString()).isZero();

        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.get("notFound").toString()).contains("creation.pipeline-orchestrator",
                "creation.experiment-tracking");
        assertThat(report.at("/skipped/excluded/count").intValue()).isEqualTo(2);
    }

    @Test
    void outputWritesTheReportToTheFileAndNothingToStandardOutput() throws Exception {
        Path file = temp.resolve("scan.json");

        assertThat(run("scan", repo.toString(), "--format", "json", "--output", file.toString())).isZero();

        assertThat(out.toString()).isEmpty();
        assertThat(JSON.readTree(Files.readString(file)).get("tree").stringValue()).isEqualTo("repo");
    }

    @Test
    void aMissingPathOrAFileThatIsNoTreeIsRefusedWithExitThreeNamingIt() throws Exception {
        Path notATree = Files.writeString(temp.resolve("notes.txt"), "hello");

        assertThat(run("scan", temp.resolve("missing").toString())).isEqualTo(Cli.INVALID_INPUT);
        assertThat(run("scan", notATree.toString())).isEqualTo(Cli.INVALID_INPUT);

        assertThat(err.toString()).contains("Refused to scan: ", temp.resolve("missing").toString(),
                notATree.toString());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aZipOrTarGzOfTheRepositoryReadsLikeTheFolder() throws Exception {
        Path zip = temp.resolve("repo.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : files()) {
                out.putNextEntry(new java.util.zip.ZipEntry("repo/" + repo.relativize(file).toString()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        Path tgz = temp.resolve("repo.tar.gz");
        try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                new java.util.zip.GZIPOutputStream(Files.newOutputStream(tgz)))) {
            for (Path file : files()) {
                var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(
                        repo.relativize(file).toString());
                entry.setSize(Files.size(file));
                out.putArchiveEntry(entry);
                out.write(Files.readAllBytes(file));
                out.closeArchiveEntry();
            }
        }

        assertThat(run("scan", repo.toString(), "--format", "json")).isZero();
        JsonNode folder = JSON.readTree(out.toString()).get("observations");
        for (Path archive : List.of(zip, tgz)) {
            out.getBuffer().setLength(0);
            assertThat(run("scan", archive.toString(), "--format", "json")).as(err.toString()).isZero();
            assertThat(JSON.readTree(out.toString()).get("observations")).as(archive.toString()).isEqualTo(folder);
        }
    }

    @Test
    void aZipEntryClimbingOutOfTheTreeIsRefusedWithExitThreeNamingIt() throws Exception {
        Path zip = temp.resolve("slip.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("../../evil/test_x.py"));
            out.write("def test_x():\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }

        assertThat(run("scan", zip.toString())).isEqualTo(Cli.INVALID_INPUT);

        assertThat(err.toString()).startsWith("Refused to scan: ").contains("../../evil/test_x.py");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anArchiveOverMaxArchiveBytesIsRefused() throws Exception {
        Path zip = temp.resolve("big.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("test_a.py"));
            out.write("def test_a():\n".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }

        assertThat(run("scan", zip.toString(), "--max-archive-bytes", "10")).isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString()).contains("maturity.scan.max-archive-bytes");
    }

    private static List<Path> files() throws java.io.IOException {
        try (var walk = Files.walk(repo)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aBrokenDetectorTableIsInvalidRulesExitFour() {
        Path broken = ScanFixture.rules(temp);
        ScanFixture.write(broken, "detectors.csv", "id,practice,value,path,kind,pattern,shows,ecosystems\n"
                + "bad,integration.app-tests,unit,*.py,regex,(unclosed,a test,python\n");

        assertThat(run("scan", repo.toString(), "--rules", broken.toString())).isEqualTo(Cli.INVALID_RULES);

        assertThat(err.toString()).contains("detectors.csv", "line 2, column 6");
    }

    @Test
    void aMalformedExcludeGlobOrALimitBelowOneIsBadUsage() {
        assertThat(run("scan", repo.toString(), "--exclude", "{a,b")).isEqualTo(Cli.USAGE);
        assertThat(run("scan", repo.toString(), "--max-depth", "0")).isEqualTo(Cli.USAGE);

        assertThat(err.toString()).contains("--exclude {a,b: a { without its }", "at least 1");
    }

    @Test
    void aFileOverTheSizeLimitIsSkippedAndCounted() throws Exception {
        assertThat(run("scan", repo.toString(), "--format", "json", "--max-file-bytes", "20")).isZero();

        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.at("/skipped/too-large/count").intValue()).isGreaterThanOrEqualTo(2);
    }
}
