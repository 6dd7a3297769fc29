package org.maturityadvisor.catalog;

import org.maturityadvisor.wire.WireId;

/**
 * What an answer rests on, weakest first: the team's word alone, evidence someone recorded (a link, a note), an
 * observation read from the team's repository by a detector the analysts own (a file, a line, the matched text), or
 * evidence a second person confirmed. A criterion that needs evidence is met by evidenced, observed or confirmed
 * answers; one that needs confirmation only by confirmed answers (a detector is no second person).
 */
public enum Support implements WireId {
    CLAIMED("claimed", "a bare claim"),
    EVIDENCED("evidenced", "evidence, not confirmed"),
    OBSERVED("observed", "observed in the team's repository"),
    CONFIRMED("confirmed", "evidence confirmed by a second person");

    private final String id;
    private final String words;

    Support(String id, String words) {
        this.id = id;
        this.words = words;
    }

    @Override
    public String id() {
        return id;
    }

    /** For people: "a bare claim", "evidence, not confirmed", "observed in the team's repository", ... */
    public String words() {
        return words;
    }

    /** The support of an answer backed by these items: confirmed if any item is, evidenced if there is one. */
    public static Support of(java.util.List<EvidenceItem> evidence) {
        if (evidence.stream().anyMatch(EvidenceItem::confirmed)) {
            return CONFIRMED;
        }
        return evidence.isEmpty() ? CLAIMED : EVIDENCED;
    }

    /** The stronger of the two. */
    public Support atLeast(Support other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
