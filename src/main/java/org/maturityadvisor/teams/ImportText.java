package org.maturityadvisor.teams;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * An import's bytes as text, decoded strictly: a byte sequence that is not valid in the charset refuses the import,
 * naming its line and byte offset, rather than being replaced with U+FFFD and stored.
 */
public final class ImportText {

    private ImportText() {
    }

    /** @throws InvalidImportException naming the line and byte offset of the first undecodable bytes */
    public static String decode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalid(charset, in.position(), result.length(), out.flip());
        }
        return out.flip().toString();
    }

    private static InvalidImportException invalid(Charset charset, int offset, int length, CharBuffer decoded) {
        long line = 1;
        for (int i = 0; i < decoded.limit(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
            }
        }
        return new InvalidImportException(List.of(new ImportError("line " + line + ", byte " + offset, line, null,
                "not valid " + charset.name() + ": " + length + " byte(s) at byte offset " + offset
                        + " cannot be decoded; save the file as " + charset.name() + " (or name its charset in the "
                        + "Content-Type)")), 0);
    }
}
