package org.maturityadvisor.scan;

/**
 * An archive entry's name checked and made a tree path: relative, forward slashes, no {@code .} or empty segments. A
 * name that would leave the tree ({@code ..}), is absolute ({@code /etc/x}, {@code C:\x}, {@code \\server\x}), uses
 * backslashes, carries control characters or is absurdly long is refused naming the entry: nothing of the archive is
 * read then.
 */
final class EntryPath {

    /** The longest entry name read (Linux's PATH_MAX). */
    static final int MAX_LENGTH = 4096;

    private EntryPath() {
    }

    /** The entry's path in the tree ("" for the root itself), or a refusal naming it. */
    static String of(String name) throws ScanRefusedException {
        if (name == null || name.isEmpty()) {
            throw refused("an archive entry has no name", "");
        }
        String shown = shown(name);
        if (name.length() > MAX_LENGTH) {
            throw refused("the archive entry's name is longer than " + MAX_LENGTH + " characters", shown);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw refused("the archive entry " + quoted(shown) + " has a control character in its name", shown);
            }
        }
        if (name.startsWith("/") || name.startsWith("\\\\") || name.startsWith("//")
                || (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0)))) {
            throw refused("the archive entry " + quoted(shown) + " has an absolute path; entries must be relative to"
                    + " the archive", shown);
        }
        if (name.indexOf('\\') >= 0) {
            throw refused("the archive entry " + quoted(shown) + " has a backslash in its path; entries must use /"
                    + " between folders", shown);
        }
        StringBuilder path = new StringBuilder(name.length());
        int start = 0;
        while (start <= name.length()) {
            int slash = name.indexOf('/', start);
            int end = slash < 0 ? name.length() : slash;
            String segment = name.substring(start, end);
            if (segment.equals("..")) {
                throw refused("the archive entry " + quoted(shown) + " climbs out of its folder with ..; an archive"
                        + " entry may not (zip-slip)", shown);
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                if (path.length() > 0) {
                    path.append('/');
                }
                path.append(segment);
            }
            start = end + 1;
        }
        return path.toString();
    }

    private static ScanRefusedException refused(String message, String entry) {
        return new ScanRefusedException(message + "; nothing was scanned", entry);
    }

    private static String quoted(String shown) {
        return "\"" + shown + "\"";
    }

    /** The name as a message may show it: control characters as ?, at most 200 characters. */
    private static String shown(String name) {
        StringBuilder out = new StringBuilder(Math.min(name.length(), 201));
        for (int i = 0; i < name.length() && out.length() < 200; i++) {
            char c = name.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return name.length() > 200 ? out + "…" : out.toString();
    }
}
