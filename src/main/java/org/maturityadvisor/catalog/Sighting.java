package org.maturityadvisor.catalog;

import java.util.Objects;

/**
 * One place in a team's repository that a detector matched: the detector's id, the file's path inside the tree (always
 * with forward slashes, never absolute), the 1-based line (0 when the file's presence is the evidence) and the matched
 * text as read (one line, cut to a few dozen characters, control characters removed). It is text to show, never to
 * run.
 */
public record Sighting(String detector, String path, int line, String text) {

    public Sighting {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(path, "path");
        text = text == null ? "" : text;
        if (line < 0) {
            throw new IllegalArgumentException("a line is 0 (the whole file) or more: " + line);
        }
    }

    /** "src/train.py:12", or the path alone when the file's presence is the evidence. */
    public String location() {
        return line == 0 ? path : path + ":" + line;
    }
}
