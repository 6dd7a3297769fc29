package org.maturityadvisor.assessment;

/**
 * How much of one reached level rests on confirmed evidence, on evidence and on bare claims: its met criteria counted
 * by what their answers rest on ({@code stale} counts those among them that are stale).
 */
public record LevelBasis(int level, int met, int confirmed, int evidenced, int claimed, int stale, int observed) {

    /** A level's basis with nothing observed in a repository. */
    public LevelBasis(int level, int met, int confirmed, int evidenced, int claimed, int stale) {
        this(level, met, confirmed, evidenced, claimed, stale, 0);
    }

    /** "level 2: 9 criteria met: 4 confirmed, 3 evidenced, 2 claimed (1 stale)". */
    public String words() {
        String counts = met == 0 ? "" : ": " + counts();
        return "level " + level + ": " + met + (met == 1 ? " criterion" : " criteria") + " met" + counts
                + (stale == 0 ? "" : " (" + stale + " stale)");
    }

    /** "4 confirmed, 3 evidenced, 2 claimed": what the met criteria rest on, without the level. */
    public String counts() {
        StringBuilder text = new StringBuilder();
        append(text, confirmed, "confirmed");
        append(text, observed, "observed");
        append(text, evidenced, "evidenced");
        append(text, claimed, "claimed");
        return text.toString();
    }

    private static void append(StringBuilder text, int count, String word) {
        if (count > 0) {
            text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(word);
        }
    }
}
