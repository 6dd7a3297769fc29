package org.maturityadvisor.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Bytes decoded strictly: a sequence that is not valid in the charset is reported with its line and byte offset,
 * never replaced with U+FFFD and stored as if the caller had sent it.
 */
public final class StrictText {

    private StrictText() {
    }

    /** The undecodable bytes: on which line (1 for the first), at which byte offset (0-based), how many. */
    public static final class Malformed extends RuntimeException {
        private final long line;
        private final long offset;

        Malformed(Charset charset, long line, long offset, int length) {
            super("not valid " + charset.name() + ": " + length + " byte(s) at line " + line + ", byte offset "
                    + offset + " cannot be decoded");
            this.line = line;
            this.offset = offset;
        }

        public long line() {
            return line;
        }

        public long offset() {
            return offset;
        }
    }

    /** @throws Malformed naming the first undecodable bytes */
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
        out.flip();
        if (result.isError()) {
            throw new Malformed(charset, lineAt(out), in.position(), result.length());
        }
        return out.toString();
    }

    private static long lineAt(CharBuffer decoded) {
        long line = 1;
        for (int i = 0; i < decoded.limit(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
