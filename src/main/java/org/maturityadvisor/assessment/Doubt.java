package org.maturityadvisor.assessment;

import org.maturityadvisor.wire.WireId;

/**
 * Why a criterion whose answer would meet it still counts as unknown: what the table asks of the answer beyond its
 * value and the answer does not have. Each stays apart from "unanswered" and from "absent" (answered below).
 */
public enum Doubt implements WireId {
    /** The practice was not answered. */
    UNANSWERED("unanswered", "not answered"),
    /** The criterion needs evidence (column Needs evidence) and the answer has none. */
    NO_EVIDENCE("claimed-without-evidence", "claimed without evidence"),
    /** The criterion needs confirmed evidence (Needs confirmation) and no second person has confirmed it. */
    NOT_CONFIRMED("evidence-not-confirmed", "evidence not confirmed by a second person"),
    /** The answer is older than its practice's Valid for, and the criterion's Stale blocks says that blocks. */
    STALE("stale", "stale: older than its practice's answers stay valid"),
    /** The team marked the practice not applicable, and this criterion may not be left out. */
    NOT_APPLICABLE_REFUSED("not-applicable-refused", "marked not applicable, which this criterion does not allow");

    private final String id;
    private final String words;

    Doubt(String id, String words) {
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
}
