package org.maturityadvisor.teams;

import java.nio.charset.Charset;
import java.util.List;

import org.maturityadvisor.input.StrictText;

/**
 * An import's bytes as text, decoded strictly: a byte sequence that is not valid in the charset refuses the import,
 * naming its line and byte offset, rather than being replaced with U+FFFD and stored.
 */
public final class ImportText {

    private ImportText() {
    }

    /** @throws InvalidImportException naming the line and byte offset of the first undecodable bytes */
    public static String decode(byte[] bytes, Charset charset) {
        try {
            return StrictText.decode(bytes, charset);
        } catch (StrictText.Malformed e) {
            throw new InvalidImportException(List.of(new ImportError("line " + e.line() + ", byte " + e.offset(),
                    e.line(), null, e.getMessage() + "; save the file as " + charset.name()
                            + " (or name its charset in the Content-Type)")), 0);
        }
    }
}
