package org.maturityadvisor.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Bytes decoded strictly: a sequence that is not valid in the charset is reported with its line and byte offset,
 * never replaced with U+FFFD and stored as if the caller had sent it. And the one policy for the characters a text
 * field may hold, the same whichever database keeps it: no U+0000 (PostgreSQL cannot store it), no other control
 * character (tab and line breaks only where several lines are meant), no lone surrogate (stored as '?'), and in a
 * name no bidirectional override or isolate (it shows the name backwards); what is kept is NFC-normalised.
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

    /** What a text field is for, which decides the characters it may hold. */
    public enum Field {
        /** A name shown in lists and reports: one line, no direction overrides. */
        NAME,
        /** Free text, several lines allowed (tab, line feed, carriage return): a comment, a reason. */
        TEXT
    }

    /** Why {@code text} cannot be kept in a field of that kind (naming the character and its position), or empty. */
    public static Optional<String> refusal(String text, Field field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String why = refusal(text, i, c, field);
            if (why != null) {
                return Optional.of(why + " at position " + (i + 1) + "; not stored");
            }
        }
        return Optional.empty();
    }

    private static String refusal(String text, int i, char c, Field field) {
        if (c == '\u0000') {
            return "contains U+0000 (NUL)";
        }
        if (Character.isISOControl(c) && !(field == Field.TEXT && (c == '\t' || c == '\n' || c == '\r'))) {
            return "contains the control character " + codePoint(c) + (field == Field.NAME ? " (a name is one line)"
                    : "");
        }
        if (Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
            return "contains the lone surrogate " + codePoint(c) + " (not a character)";
        }
        if (field == Field.NAME && (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069')) {
            return "contains the bidirectional control " + codePoint(c) + " (it would show the name reordered)";
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    /** The text as kept: NFC, so that what looks the same is stored, compared and found the same. */
    public static String normalized(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
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
