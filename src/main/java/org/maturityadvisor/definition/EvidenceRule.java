package org.maturityadvisor.definition;

/**
 * What a criterion asks of an answer beyond its value, from the table's columns (blank = no): evidence (Needs
 * evidence), evidence a second person confirmed (Needs confirmation, which implies evidence), a fresh answer (Stale
 * blocks), and whether the team may mark the practice not applicable (May be not applicable).
 */
public record EvidenceRule(boolean needsEvidence, boolean needsConfirmation, boolean staleBlocks,
                           boolean mayBeNotApplicable) {

    public static final EvidenceRule NONE = new EvidenceRule(false, false, false, false);

    /** For people: "needs confirmed evidence, a fresh answer; may be not applicable"; empty for none. */
    public String words() {
        StringBuilder text = new StringBuilder();
        if (needsConfirmation) {
            text.append("needs confirmed evidence");
        } else if (needsEvidence) {
            text.append("needs evidence");
        }
        if (staleBlocks) {
            text.append(text.isEmpty() ? "needs " : ", ").append("a fresh answer");
        }
        if (mayBeNotApplicable) {
            text.append(text.isEmpty() ? "" : "; ").append("may be not applicable");
        }
        return text.toString();
    }
}
