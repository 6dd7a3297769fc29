package org.maturityadvisor.ruleset;

import org.maturityadvisor.testing.ShippedFindings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.ShippedRules;

/** Drafts from uploads: one table replacing its namesake, or a zip of the whole rules directory, read defensively. */
class DraftFilesTest {

    private static final List<RuleFile> SHIPPED = RuleSetLoader.read(ShippedRules.DIRECTORY);

    @Test
    void anUploadedTableReplacesItsNamesake() throws IOException {
        byte[] table = Files.readAllBytes(ShippedRules.DIRECTORY.resolve(RulesFixture.TABLE));
        DraftFiles.Draft draft = DraftFiles.fromUpload(RulesFixture.TABLE, table, SHIPPED);

        assertThat(ShippedFindings.beyondShipped(draft.findings())).isEmpty();
        assertThat(draft.files()).extracting(RuleFile::name).isEqualTo(SHIPPED.stream().map(RuleFile::name).toList());
        assertThat(RuleSetValidator.validate(draft, SHIPPED).valid()).isTrue();
    }

    @Test
    void anUploadedCsvTableIsANewModel() {
        String csv = CodeInjectionTest.releaseRubric(List.of()).stream()
                .map(row -> row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n"));
        DraftFiles.Draft draft = DraftFiles.fromUpload("release-rubric.drl.csv",
                csv.getBytes(StandardCharsets.UTF_8), SHIPPED);

        ValidationReport report = RuleSetValidator.validate(draft, SHIPPED);

        assertThat(ShippedFindings.beyondShipped(report.findings())).isEmpty();
        assertThat(report.compiled().orElseThrow().models()).extracting(m -> m.id()).contains("release-rubric");
    }

    @Test
    void anUploadedCatalogWithABadLineNamesItsCell() {
        String catalog = new String(file(RuleSetLoader.CATALOG).content(), StandardCharsets.UTF_8)
                .replaceFirst("\nrelease\\.method,([^,]*),choice,[^,]*,", "\nrelease.method,$1,choice,manual,");
        DraftFiles.Draft draft = DraftFiles.fromUpload(RuleSetLoader.CATALOG,
                catalog.getBytes(StandardCharsets.UTF_8), SHIPPED);

        ValidationReport report = RuleSetValidator.validate(draft, SHIPPED);

        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).anySatisfy(finding -> {
            assertThat(finding.file()).isEqualTo(RuleSetLoader.CATALOG);
            assertThat(finding.column()).isEqualTo("D");
            assertThat(finding.message()).contains("two or more distinct choices");
        });
    }

    @Test
    void anUploadedDetectorTableReplacesItsNamesakeAndIsCheckedToTheCell() {
        String table = new String(file(DetectorReader.FILE).content(), StandardCharsets.UTF_8);
        DraftFiles.Draft good = DraftFiles.fromUpload(DetectorReader.FILE, (table
                + "nox-session,integration.automated-tests-scope,application-code,noxfile.py,regex,^@nox\\.session,"
                + "a nox session,python|nox\n").getBytes(StandardCharsets.UTF_8), SHIPPED);

        assertThat(ShippedFindings.beyondShipped(good.findings())).isEmpty();
        assertThat(RuleSetValidator.validate(good, SHIPPED).valid()).isTrue();

        int line = (int) table.lines().count() + 1;
        DraftFiles.Draft bad = DraftFiles.fromUpload(DetectorReader.FILE, (table
                + "nox-session,integration.automated-tests-scope,everything,noxfile.py,literal,@nox,a nox session,\n")
                .getBytes(StandardCharsets.UTF_8), SHIPPED);

        assertThat(ShippedFindings.beyondShipped(RuleSetValidator.validate(bad, SHIPPED).findings())).singleElement().satisfies(finding -> {
            assertThat(finding.file()).isEqualTo(DetectorReader.FILE);
            assertThat(finding.cell()).isEqualTo("C" + line);
            assertThat(finding.message()).startsWith("value: \"everything\" is not a value of "
                    + "integration.automated-tests-scope");
        });
    }

    @Test
    void anUploadedDrlIsRefused() {
        DraftFiles.Draft draft = DraftFiles.fromUpload("promotion.drl", "package x;".getBytes(StandardCharsets.UTF_8),
                SHIPPED);

        assertThat(ShippedFindings.beyondShipped(RuleSetValidator.validate(draft, SHIPPED).findings())).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("DRL changes only through the repository"));
    }

    @Test
    void anUploadDroolsWouldIgnoreOrWithAPathIsRefused() {
        assertThat(DraftFiles.fromUpload("model.xlsx", new byte[1], SHIPPED).findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("rename it", "model.drl.xlsx"));
        assertThat(DraftFiles.fromUpload("../microsoft-mlops.drl.xlsx", new byte[1], SHIPPED).findings())
                .singleElement().satisfies(finding -> assertThat(finding.message()).contains("not a plain file name"));
    }

    @Test
    void aZipOfTheRulesFolderIsTheDraft() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        SHIPPED.forEach(file -> entries.put("rules/" + file.name(), file.content()));
        entries.put("rules/.~lock.microsoft-mlops.drl.xlsx#", new byte[3]);
        entries.put("__MACOSX/rules/._practices.csv", new byte[3]);

        DraftFiles.Draft draft = DraftFiles.fromZip(zip(entries));

        assertThat(ShippedFindings.beyondShipped(draft.findings())).isEmpty();
        assertThat(RuleSetValidator.validate(draft, SHIPPED).valid()).isTrue();
    }

    @Test
    void zipEntriesWithPathsAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        SHIPPED.forEach(file -> entries.put(file.name(), file.content()));
        entries.put("../evil.drl.xlsx", new byte[1]);
        entries.put("/etc/evil.drl.xlsx", new byte[1]);
        entries.put("deeper/folder.drl.xlsx", new byte[1]);

        DraftFiles.Draft draft = DraftFiles.fromZip(zip(entries));

        assertThat(draft.findings()).extracting(Finding::file)
                .containsExactlyInAnyOrder("../evil.drl.xlsx", "/etc/evil.drl.xlsx", "deeper/folder.drl.xlsx");
        assertThat(draft.files()).extracting(RuleFile::name).doesNotContain("evil.drl.xlsx", "folder.drl.xlsx");
        assertThat(RuleSetValidator.validate(draft, SHIPPED).valid()).isFalse();
    }

    @Test
    void aZipBombIsRefusedWhileUnpacking() {
        byte[] bomb = zip(Map.of("practices.csv", new byte[DraftFiles.MAX_FILE_BYTES + 1]));

        DraftFiles.Draft draft = DraftFiles.fromZip(bomb);

        assertThat(bomb.length).as("it packs small").isLessThan(100_000);
        assertThat(draft.findings()).singleElement().satisfies(finding ->
                assertThat(finding.message()).contains("unpacks to more than"));
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        assertThat(DraftFiles.fromZip("not a zip".getBytes(StandardCharsets.UTF_8)).findings()).isNotEmpty();
    }

    private static RuleFile file(String name) {
        return SHIPPED.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
