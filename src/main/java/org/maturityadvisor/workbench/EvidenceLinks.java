package org.maturityadvisor.workbench;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.catalog.EvidenceItem;

/**
 * What the explained chain shows of an answer's basis: whether an evidence link may be a link on the page (only an
 * absolute http or https address; anything else is shown as text, escaped like every note), and the basis in words.
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
}
