package org.maturityadvisor.scan;

import org.maturityadvisor.wire.WireId;

/**
 * How a detector's content pattern is read: the file's presence alone (no pattern), a literal text, or a regular
 * expression run by RE2J (linear time: no backreferences, no lookaround, no backtracking).
 */
public enum PatternKind implements WireId {
    FILE("file", "the file's presence"),
    LITERAL("literal", "a literal text"),
    REGEX("regex", "a regular expression (RE2 syntax)");

    private final String id;
    private final String words;

    PatternKind(String id, String words) {
        this.id = id;
        this.words = words;
    }

    @Override
    public String id() {
        return id;
    }

    public String words() {
        return words;
    }

    /** The kind a cell names, if it names one. */
    public static java.util.Optional<PatternKind> of(String id) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
