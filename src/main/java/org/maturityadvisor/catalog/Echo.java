package org.maturityadvisor.catalog;

/**
 * What a message may repeat of the caller's input: at most {@link #MAX} characters, the rest cut with an ellipsis
 * and its length, so a 26-million-character name cannot come back inside a 400.
 */
public final class Echo {

    /** The most characters of one input value any message repeats. */
    public static final int MAX = 200;

    private Echo() {
    }

    /** The value itself when short, else its first {@link #MAX} characters, an ellipsis and the full length. */
    public static String of(String value) {
        if (value == null || value.length() <= MAX) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX - 1)) ? MAX - 1 : MAX;
        return value.substring(0, end) + "\u2026 (" + value.length() + " characters)";
    }

    /** The value in double quotes, cut as by {@link #of}. */
    public static String quoted(String value) {
        return "\"" + of(value) + "\"";
    }

    /** A message of ours that embeds input: cut at {@code max} characters as a last guard. */
    static String capped(String message, int max) {
        if (message == null || message.length() <= max) {
            return message;
        }
        int end = Character.isHighSurrogate(message.charAt(max - 1)) ? max - 1 : max;
        return message.substring(0, end) + "\u2026";
    }
}
