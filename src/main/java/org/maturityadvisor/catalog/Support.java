package org.maturityadvisor.catalog;

import org.maturityadvisor.wire.WireId;

/**
 * What an answer rests on, weakest first: the team's word alone, evidence someone recorded (a link, a note), or
 * evidence a second person confirmed. Rules compare the rank: a criterion that needs evidence is met by evidenced or
 * confirmed answers.
 */
public enum Support implements WireId {
    CLAIMED("claimed", "a bare claim"),
    EVIDENCED("evidenced", "evidence, not confirmed"),
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

    /** For people: "a bare claim", "evidence, not confirmed", "evidence confirmed by a second person". */
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
}
