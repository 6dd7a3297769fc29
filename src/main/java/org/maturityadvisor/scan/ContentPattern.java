package org.maturityadvisor.scan;

import java.util.Optional;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * What a detector looks for inside a file: nothing (the file's presence is the evidence), a literal text, or an RE2
 * regular expression. A regular expression runs in time linear in the file's length, whatever the cell says, so a table
 * cell can never hang a scan; a malformed one is a refusal with RE2's reason.
 */
public sealed interface ContentPattern {

    PatternKind kind();

    /** The pattern as written in the table ("" for the file's presence). */
    String text();

    /** The first match in the content, as the offsets of its start and end; empty when there is none. */
    Optional<Span> find(CharSequence content);

    /** Where a match starts and ends in the content. */
    record Span(int start, int end) {
    }

    /** The pattern of a kind and a cell, or the reason it is not one. */
    static Parsed parse(PatternKind kind, String text) {
        String cell = text == null ? "" : text;
        return switch (kind) {
            case FILE -> cell.isBlank() ? new Parsed(new FilePresence(), null)
                    : new Parsed(null, "a file detector has no pattern: clear the cell or choose literal or regex");
            case LITERAL -> cell.isEmpty() ? new Parsed(null, "a literal pattern needs its text")
                    : new Parsed(new Literal(cell), null);
            case REGEX -> regex(cell);
        };
    }

    private static Parsed regex(String cell) {
        if (cell.isEmpty()) {
            return new Parsed(null, "a regular expression is needed");
        }
        try {
            Pattern pattern = Pattern.compile(cell, Pattern.MULTILINE);
            if (pattern.matcher("").matches()) {
                return new Parsed(null, "the regular expression matches empty text, so it would match every file: "
                        + cell);
            }
            return new Parsed(new Regex(cell, pattern), null);
        } catch (PatternSyntaxException e) {
            return new Parsed(null, "not a regular expression RE2 accepts (" + e.getDescription() + "): " + cell);
        }
    }

    /** A pattern or a refusal. */
    record Parsed(ContentPattern pattern, String refusal) {
    }

    /** The file's presence is the evidence. */
    record FilePresence() implements ContentPattern {
        @Override
        public PatternKind kind() {
            return PatternKind.FILE;
        }

        @Override
        public String text() {
            return "";
        }

        @Override
        public Optional<Span> find(CharSequence content) {
            return Optional.of(new Span(0, 0));
        }
    }

    /** A literal text, matched case-sensitively. */
    record Literal(String text) implements ContentPattern {
        @Override
        public PatternKind kind() {
            return PatternKind.LITERAL;
        }

        @Override
        public Optional<Span> find(CharSequence content) {
            int at = content.toString().indexOf(text);
            return at < 0 ? Optional.empty() : Optional.of(new Span(at, at + text.length()));
        }
    }

    /** An RE2 regular expression; ^ and $ match at line ends. */
    record Regex(String text, Pattern pattern) implements ContentPattern {
        @Override
        public PatternKind kind() {
            return PatternKind.REGEX;
        }

        @Override
        public Optional<Span> find(CharSequence content) {
            Matcher matcher = pattern.matcher(content);
            return matcher.find() ? Optional.of(new Span(matcher.start(), matcher.end())) : Optional.empty();
        }
    }
}
