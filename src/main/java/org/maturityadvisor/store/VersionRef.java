package org.maturityadvisor.store;

import java.util.Optional;

/**
 * A rule-set version as a caller names it: by its number ({@code 7}) or its content hash ({@code sha256:…}). Handlers
 * take it as a parameter, so Spring converts the text through {@link #valueOf}: a number past the largest version
 * number or an empty name is refused there, as a parameter of the wrong type, before any handler or query runs.
 */
public record VersionRef(String text) {

    private static final int MAX_DIGITS = String.valueOf(Long.MAX_VALUE).length();

    public VersionRef {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expected a version number or a content hash (sha256:...)");
        }
        if (isNumber(text) && number(text).isEmpty()) {
            throw new IllegalArgumentException("a version number is at most " + Long.MAX_VALUE);
        }
    }

    public static VersionRef valueOf(String text) {
        return new VersionRef(text);
    }

    /** The version number this names, or empty when it names a content hash. */
    public Optional<Long> seq() {
        return number(text);
    }

    /** The digits as a version number; empty when they are not all digits or do not fit one. */
    static Optional<Long> number(String text) {
        if (!isNumber(text) || text.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return text;
    }
}
