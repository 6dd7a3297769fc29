package org.maturityadvisor.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.maturityadvisor.catalog.LimitExceededException;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;
import org.maturityadvisor.input.StrictText;
import org.maturityadvisor.testing.Generated;

/** Properties of the CSV import and its cells, over generated (and mostly hostile) input. */
class CsvImportPropertiesTest {

    private static final PracticeCatalog CATALOG = new PracticeCatalog(List.of(
            new Practice("release.method", "Model Release", PracticeType.CHOICE, List.of("manual", "scripted"),
                    "How?", ""),
            new Practice("creation.data-pipeline", "Model Creation", PracticeType.YES_NO, List.of(), "Pipeline?", "")));

    @TestFactory
    Stream<DynamicTest> aNeutralisedCellIsNeverAFormulaAndRestoresToItsValue() {
        return Generated.property("cell", 500, random -> {
            String value = Generated.text(random, 12);
            String cell = CsvCells.neutralise(value);

            assertThat(CsvCells.restore(cell)).isEqualTo(value);
            if (!cell.isEmpty()) {
                assertThat("=+-@\t\r").doesNotContain(cell.substring(0, 1));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> anExportedNameImportsBackToTheSameName() {
        return Generated.property("name", 300, random -> {
            String name = Generated.text(random, 40).strip();
            ParsedImport parsed = CsvImport.read(csv(List.of("team", "name", "release.method"),
                    List.of("team-a", CsvCells.neutralise(name), CsvCells.neutralise("manual"))), CATALOG, 10);

            assertThat(parsed.fileErrors()).isEmpty();
            ImportRow row = parsed.rows().get(0);
            // as stored: NFC-normalised (whether the import takes the name is the text policy's, at the import)
            assertThat(row.name() == null ? "" : row.name()).isEqualTo(StrictText.normalized(name));
            assertThat(row.errors()).isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicTest> anyTextIsReadOrRefusedWithBoundedProblemsNeverThrown() {
        return Generated.property("csv", 300, random -> {
            String header = random.nextBoolean() ? "team,name,release.method\n" : "";
            String text = header + Generated.text(random, 300);
            Throwable thrown = catchThrowable(() -> {
                ParsedImport parsed = CsvImport.read(text, CATALOG, 50);
                Stream.concat(parsed.fileErrors().stream(), parsed.rows().stream().flatMap(r -> r.errors().stream()))
                        .forEach(error -> assertThat(error.field().length() + error.reason().length())
                                .isLessThan(2_000));
            });
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(LimitExceededException.class);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> anyBytesDecodeExactlyOrAreRefusedAtTheFirstBadByte() {
        return Generated.property("bytes", 500, random -> {
            byte[] bytes = Generated.bytes(random, 60);
            try {
                String text = StrictText.decode(bytes, StandardCharsets.UTF_8);
                assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
            } catch (StrictText.Malformed e) {
                assertThat(e.offset()).isBetween(0L, (long) bytes.length - 1);
                String good = StrictText.decode(Arrays.copyOf(bytes, (int) e.offset()), StandardCharsets.UTF_8);
                assertThat(e.line()).isEqualTo(good.chars().filter(c -> c == '\n').count() + 1);
            }
        });
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
