package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.definition.DefinitionAssembler;
import org.maturityadvisor.definition.DimensionRow;
import org.maturityadvisor.definition.ModelRow;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.SourceRow;
import org.maturityadvisor.definition.TableRow;
import org.maturityadvisor.ruleset.RuleFile;

/** Issue 21: what the readers of a draft do with a skipped zip entry and with many rows. */
class BoundedDraftTest {

    @Test
    void aSkippedZipEntryIsNeverInflated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("rules/.bomb"));
            out.write("x".repeat(1000).getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("rules/practices.csv"));
            out.write("id\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = bytes.toByteArray();
        // the hidden entry's deflate stream now starts with an invalid block: inflating it at all fails
        int name = indexOf(zip, "rules/.bomb".getBytes(StandardCharsets.UTF_8));
        int extra = (zip[name - 30 + 28] & 0xff) | (zip[name - 30 + 29] & 0xff) << 8;
        zip[name + "rules/.bomb".length() + extra] = (byte) 0xff;

        DraftFiles.Draft draft = DraftFiles.fromZip(zip);

        assertThat(draft.findings()).isEmpty();
        assertThat(draft.files()).extracting(RuleFile::name).containsExactly("practices.csv");
    }

    @Test
    void fiftyThousandDimensionsAreCheckedInLinearTime() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(new ModelRow("m", "M", "", "gated", null), new SourceRow("m.drl.csv", 1)));
        for (int i = 0; i < 50_000; i++) {
            rows.add(new TableRow(new DimensionRow("m", "dimension " + i), new SourceRow("m.drl.csv", i + 2)));
        }

        // the issue measured 8.3 s for 50,000 rows (a List.contains per row); a look-up per row takes milliseconds
        assertTimeout(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> DefinitionAssembler.assemble(rows, null))
                .isInstanceOf(RuleSetException.class));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
