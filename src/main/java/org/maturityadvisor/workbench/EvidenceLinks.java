package org.maturityadvisor.workbench;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Support;

/**
 * What the explained chain shows of an answer's basis: whether an evidence link may be a link on the page (only an
 * absolute http or https address; anything else is shown as text, escaped like every note), the basis in words, and
 * what the team's repository showed for it (a place in the files is text, never a link).
 */
public final class EvidenceLinks {

    /** Whether {@code link} may be the href of a link: an absolute http or https URI with a host. */
    public boolean linkable(String link) {
        if (link == null || link.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** "a bare claim", "evidence confirmed by a second person, stale; as of 2026-03-02"; "" without a basis. */
    public String words(Basis basis) {
        if (basis == null) {
            return "";
        }
        return basis.words() + (basis.asOf() == null ? "" : "; as of " + basis.asOf());
    }

    /** "recorded by ana, confirmed by ben", as far as known; "" when nothing is. */
    public String record(EvidenceItem item) {
        String recorded = item.recordedBy() == null ? "" : "recorded by " + item.recordedBy();
        String confirmed = item.confirmedBy() == null ? "" : "confirmed by " + item.confirmedBy();
        return recorded.isEmpty() || confirmed.isEmpty() ? recorded + confirmed : recorded + ", " + confirmed;
    }

    /** Where the files show an answer that rests on them: the first sighting's "path:line"; null otherwise. */
    public String seenAt(Basis basis) {
        if (basis == null || basis.observed() == null || basis.support() != Support.OBSERVED) {
            return null;
        }
        return basis.observed().sightings().get(0).location();
    }

    /**
     * How the repository compares with an answer, when that is not already said: "claimed but not found", "claimed
     * but not found: the files show only unit (tests/test_a.py:4)", "found but answered lower: the files show
     * integration (...)", or for an answer that rests on more than the files, "also observed in the repository at
     * ..."; null when nothing was read or nothing more is to say.
     */
    public String repository(Basis basis) {
        if (basis == null || basis.agreement() == null) {
            return null;
        }
        Observation seen = basis.observed();
        Agreement agreement = basis.agreement();
        return switch (agreement) {
            case CLAIMED_NOT_FOUND -> seen == null ? agreement.words()
                    : agreement.words() + ": the files show only " + shown(seen);
            case FOUND_ANSWERED_LOWER -> agreement.words() + ": the files show " + shown(seen);
            case AGREES, FOUND_NOT_ANSWERED -> seen == null || basis.support() == Support.OBSERVED ? null
                    : "also observed in the repository at " + seen.sightings().get(0).location();
            case NEITHER -> null;
        };
    }

    private static String shown(Observation seen) {
        return seen == null ? "more" : seen.value() + " (" + seen.sightings().get(0).location() + ")";
    }
}
