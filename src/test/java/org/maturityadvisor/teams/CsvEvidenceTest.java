package org.maturityadvisor.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.maturityadvisor.catalog.ContextField;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;
import org.maturityadvisor.testing.Generated;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence, a date and "not applicable" in CSV cells: read into the rich answer form, bad cells named by line and
 * column, and the cells the export writes read back to the same items.
 */
class CsvEvidenceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PracticeCatalog CATALOG = new PracticeCatalog(List.of(
            new Practice("release.method", "Model Release", PracticeType.CHOICE, List.of("manual", "scripted"),
                    "How?", ""),
            new Practice("release.ab-testing", "Model Release", PracticeType.YES_NO, List.of(), "A/B?", ""),
            new Practice("creation.data-pipeline", "Model Creation", PracticeType.YES_NO, List.of(), "Pipeline?", "")),
            List.of(new ContextField("context.inference", PracticeType.CHOICE, List.of("batch", "real-time"),
                    "How?", "")));

    @Test
    void aValueWithEvidenceAndADateIsReadAsTheRichForm() {
        ImportRow row = one(List.of("team", "release.method", "release.method.evidence", "release.method.asOf"),
                List.of("team-a", "scripted", "https://ci.example.com/42 | deploy job, on every push\n\n"
                        + "https://wiki.example.com/release\nreviewed by the platform team", "2026-11-02"));

        assertThat(row.errors()).isEmpty();
        assertThat(row.input().at("/answers/release.method")).isEqualTo(JSON.readTree("""
                {"value": "scripted", "asOf": "2026-11-02", "evidence": [
                  {"link": "https://ci.example.com/42", "note": "deploy job, on every push"},
                  {"link": "https://wiki.example.com/release"},
                  {"note": "reviewed by the platform team"}]}
                """));
    }

    @Test
    void aValueAloneStaysThePlainFormSoThePreviousEvidenceIsCarried() {
        ImportRow row = one(List.of("team", "creation.data-pipeline", "creation.data-pipeline.evidence"),
                List.of("team-a", "yes", ""));

        assertThat(row.input().at("/answers/creation.data-pipeline").stringValue()).isEqualTo("yes");
    }

    @Test
    void notApplicableWithAReasonIsReadAsTheRichForm() {
        ImportRow row = one(List.of("team", "release.ab-testing"),
                List.of("team-a", "N/A: batch scoring only; no live traffic"));

        assertThat(row.input().at("/answers/release.ab-testing")).isEqualTo(JSON.readTree(
                "{\"notApplicable\": true, \"reason\": \"batch scoring only; no live traffic\"}"));
        assertThat(one(List.of("team", "release.ab-testing"), List.of("team-a", "n/a")).input()
                .at("/answers/release.ab-testing")).as("the reader refuses the missing reason, naming the column")
                .isEqualTo(JSON.readTree("{\"notApplicable\": true}"));
    }

    @Test
    void aDeclaredContextFieldIsAColumn() {
        ImportRow row = one(List.of("team", "inference"), List.of("team-a", "batch"));

        assertThat(row.errors()).isEmpty();
        assertThat(row.input().at("/context/inference").stringValue()).isEqualTo("batch");
    }

    @Test
    void evidenceWithoutAnAnswerIsABadCellNamedByLineAndColumn() {
        ImportRow row = one(List.of("team", "release.method", "release.method.evidence"),
                List.of("team-a", "", "https://ci.example.com/42"));

        assertThat(row.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("line 2, column release.method.evidence (C)");
            assertThat(error.reason()).contains("needs an answer in column release.method");
        });
    }

    @Test
    void anEmptyNoteAfterTheBarIsABadCell() {
        ImportRow row = one(List.of("team", "release.method", "release.method.evidence"),
                List.of("team-a", "manual", "https://x.example.com\n|"));

        assertThat(row.errors()).singleElement().satisfies(error -> {
            assertThat(error.column()).isEqualTo("release.method.evidence");
            assertThat(error.reason()).isEqualTo("item 2: a note after | is empty");
        });
    }

    @Test
    void theReadersFieldOfAnEvidenceItemIsNamedAsItsCellAndItem() {
        ImportRow row = one(List.of("team", "release.method", "release.method.evidence", "release.method.asOf"),
                List.of("team-a", "manual", "javascript:alert(1)", "tomorrow"));

        ImportError link = row.error("answers.release.method.evidence[0].link", "only http and https links");
        assertThat(link.field()).isEqualTo("line 2, column release.method.evidence (C)");
        assertThat(link.reason()).isEqualTo("item 1, link: only http and https links");
        assertThat(row.error("answers.release.method.evidence", "at most 20 items").column())
                .isEqualTo("release.method.evidence");
        assertThat(row.error("answers.release.method.asOf", "expected yyyy-MM-dd").column())
                .isEqualTo("release.method.asOf");
        assertThat(row.error("answers.release.method.reason", "required").reason()).isEqualTo("reason: required");
        assertThat(row.error("context.inference", "expected one of").field()).isEqualTo("line 2");
    }

    @Test
    void aLinkOfAnotherSchemeIsReadAsALinkSoTheReaderRefusesIt() {
        ImportRow row = one(List.of("team", "release.method", "release.method.evidence"),
                List.of("team-a", "manual", "javascript:alert(1)"));

        assertThat(row.input().at("/answers/release.method/evidence/0/link").stringValue())
                .isEqualTo("javascript:alert(1)");
    }

    @Test
    void anUnknownSuffixIsAnUnknownColumnThatSuggestsTheRightOne() {
        ParsedImport parsed = CsvImport.read("team,release.method.evidance\n", CATALOG, 10);

        assertThat(parsed.fileErrors()).singleElement().satisfies(error ->
                assertThat(error.reason()).contains("unknown column", "release.method.evidence"));
    }

    @TestFactory
    Stream<DynamicTest> theCellTheExportWritesReadsBackToTheSameItems() {
        return Generated.property("evidence", 400, random -> {
            List<AnswerCells.Item> items = new ArrayList<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                String link = random.nextBoolean() ? "https://x.example.com/" + Generated.text(random, 8)
                        .replaceAll("\\s", "") : null;
                String note = Generated.text(random, 30).replaceAll("\\s+", " ").strip();
                items.add(new AnswerCells.Item(link, note.isEmpty() ? (link == null ? "n" : null) : note));
            }
            String cell = CsvCells.neutralise(AnswerCells.cell(items));
            assertThat(AnswerCells.items(CsvCells.restore(cell).strip())).isEqualTo(items);
        });
    }

    private static ImportRow one(List<String> header, List<String> cells) {
        ParsedImport parsed = CsvImport.read(csv(header, cells), CATALOG, 10);
        assertThat(parsed.fileErrors()).isEmpty();
        return parsed.rows().get(0);
    }

    private static String csv(List<String> header, List<String> row) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
