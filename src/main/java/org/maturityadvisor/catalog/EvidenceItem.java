package org.maturityadvisor.catalog;

import java.time.Instant;

/**
 * One piece of evidence behind an answer: a link (http or https, never fetched), a note, or both; who recorded it and
 * when, and who confirmed it (a second person) and when. Any of the four people/time fields may be null in input that
 * is not stored (the stateless assessment takes evidence as stated).
 */
public record EvidenceItem(String link, String note, String recordedBy, Instant recordedAt, String confirmedBy,
                           Instant confirmedAt) {

    public static EvidenceItem of(String link, String note) {
        return new EvidenceItem(link, note, null, null, null, null);
    }

    public boolean confirmed() {
        return confirmedBy != null;
    }

    /** Whether this is the same piece of evidence as {@code other}: the same link and note, whoever recorded it. */
    public boolean sameAs(EvidenceItem other) {
        return java.util.Objects.equals(link, other.link) && java.util.Objects.equals(note, other.note);
    }

    public EvidenceItem recorded(String by, Instant at) {
        return new EvidenceItem(link, note, by, at, confirmedBy, confirmedAt);
    }

    public EvidenceItem confirmedBy(String by, Instant at) {
        return new EvidenceItem(link, note, recordedBy, recordedAt, by, at);
    }

    public EvidenceItem unconfirmed() {
        return new EvidenceItem(link, note, recordedBy, recordedAt, null, null);
    }
}
