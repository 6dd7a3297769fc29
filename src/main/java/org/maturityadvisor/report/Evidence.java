package org.maturityadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Sighting;

/**
 * What the reports say about the basis of an answer, in words every format shares, and which evidence links a report
 * may make clickable: only http and https ones with a host and no space or control character (the reader refuses the
 * rest, but a report also renders results stored or built elsewhere).
 */
final class Evidence {

    private Evidence() {
    }

    /**
     * "evidence, not confirmed, stale, as of 2026-11-02"; with a repository read, where it was observed ("; observed in
     * the repository: tests/test_model.py:4") or how the claim disagrees with it ("; claimed but not found in the
     * repository"); "" when there is no basis (unanswered).
     */
    static String summary(Basis basis) {
        if (basis == null) {
            return "";
        }
        return basis.words() + (basis.asOf() == null ? "" : ", as of " + basis.asOf()) + observed(basis);
    }

    /** Sightings listed in a basis before "and N more". */
    static final int SIGHTINGS_SHOWN = 3;

    /** What the repository says of the answer, after a "; ", or "" when no repository was read or nothing to say. */
    static String observed(Basis basis) {
        Agreement agreement = basis.agreement();
        Observation seen = basis.observed();
        if (agreement == null) {
            return "";
        }
        return switch (agreement) {
            case AGREES, FOUND_NOT_ANSWERED -> seen == null ? "" : "; observed in the repository: " + locations(seen);
            case FOUND_ANSWERED_LOWER -> seen == null ? "; " + agreement.words()
                    : "; " + agreement.words() + ": the repository shows " + seen.value() + " at " + locations(seen);
            case CLAIMED_NOT_FOUND -> seen == null ? "; claimed but not found in the repository"
                    : "; claimed but not found: the repository shows only " + seen.value() + " at "
                            + locations(seen);
            case NEITHER -> "";
        };
    }

    /** "tests/test_a.py:4, Dockerfile and 2 more". */
    static String locations(Observation seen) {
        List<Sighting> sightings = seen.sightings();
        String shown = sightings.stream().limit(SIGHTINGS_SHOWN).map(Sighting::location)
                .collect(java.util.stream.Collectors.joining(", "));
        return sightings.size() > SIGHTINGS_SHOWN ? shown + " and " + (sightings.size() - SIGHTINGS_SHOWN) + " more"
                : shown;
    }

    /** Why a criterion is left out: "does not apply in the team's context: ..." or "marked not applicable: ...". */
    static String why(org.maturityadvisor.assessment.NotApplicable criterion) {
        String reason = criterion.reason() == null || criterion.reason().isBlank() ? "" : ": " + criterion.reason();
        return (criterion.byContext() ? "does not apply in the team's context" : "marked not applicable") + reason;
    }

    /** Who recorded and who confirmed an item: "recorded by ana 2026-11-02, confirmed by ben 2026-11-03"; or "". */
    static String people(EvidenceItem item) {
        List<String> parts = new ArrayList<>();
        if (item.recordedBy() != null) {
            parts.add("recorded by " + item.recordedBy() + day(item.recordedAt()));
        }
        if (item.confirmed()) {
            parts.add("confirmed by " + item.confirmedBy() + day(item.confirmedAt()));
        }
        return String.join(", ", parts);
    }

    private static String day(java.time.Instant at) {
        return at == null ? "" : " " + at.toString().substring(0, 10);
    }

    /** Whether a report may render this link as a link (else it shows it as text). */
    static boolean linkable(String link) {
        if (link == null || link.isBlank() || link.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        String lower = link.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        String rest = link.substring(lower.indexOf("//") + 2);
        return !rest.isEmpty() && rest.charAt(0) != '/' && rest.charAt(0) != '\\';
    }
}
