package org.maturityadvisor.workbench;

/** Which way something moved between two assessments, in words and an arrow as well as a colour (its CSS class). */
public enum Direction {
    UP("up", "\u2191", "up"),
    DOWN("down", "\u2193", "down"),
    SAME("same", "=", "unchanged"),
    CHANGED("changed", "\u2192", "changed"),
    ANSWERED("changed", "+", "newly answered"),
    UNANSWERED("changed", "\u2212", "now unanswered");

    private final String css;
    private final String arrow;
    private final String words;

    Direction(String css, String arrow, String words) {
        this.css = css;
        this.arrow = arrow;
        this.words = words;
    }

    /** Up or down when both sides have a rank; changed when only one does. */
    static Direction of(Integer before, Integer after) {
        if (before == null || after == null) {
            return before == after ? SAME : CHANGED;
        }
        return after > before ? UP : after < before ? DOWN : SAME;
    }

    public String css() {
        return "move-" + css;
    }

    public String arrow() {
        return arrow;
    }

    public String words() {
        return words;
    }
}
