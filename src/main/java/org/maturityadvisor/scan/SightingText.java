package org.maturityadvisor.scan;

/**
 * The text a sighting shows: the line a match is on, trimmed, cut to {@link #MAX} characters around the match, with
 * control characters removed and the user information of a URL ({@code https://user:secret@host}) hidden, so a report
 * never repeats a credential a repository leaked.
 */
final class SightingText {

    static final int MAX = 120;

    private SightingText() {
    }

    /** The 1-based line of an offset. */
    static int line(CharSequence content, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < content.length(); i++) {
            line += content.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    static String around(String content, int start, int end) {
        int lineStart = content.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) {
            lineStart = 0;
        }
        int lineEnd = content.indexOf('\n', start);
        lineEnd = lineEnd < 0 ? content.length() : lineEnd;
        int from = lineStart;
        int to = lineEnd;
        if (to - from > MAX) {
            int matchEnd = Math.min(Math.max(end, start), lineEnd);
            from = Math.max(lineStart, Math.min(start - 20, matchEnd - MAX));
            from = Math.max(from, lineStart);
            to = Math.min(lineEnd, from + MAX);
        }
        return clean(content.substring(from, to));
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString().strip().replaceAll("://[^/\\s@:]+:[^/\\s@]+@", "://…@");
    }
}
