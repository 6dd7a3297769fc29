package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.ruleset.RuleFile;

/** Issue 21: what the readers of a draft do with a skipped zip entry (many rows: DefinitionAssemblerTest). */
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
