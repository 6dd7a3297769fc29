package org.maturityadvisor.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.ClaimCheck;
import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.PracticeCatalog;

/**
 * The words every report format shares for claimed vs observed: a practice by its question, a claim or an observation
 * that is missing, and the count of each agreement ("3 practices looked for in the repository: 1 claimed and observed,
 * 2 claimed but not found").
 */
final class Observed {

    private Observed() {
    }

    /** The practice's question when the catalog is known, else its id. */
    static String practice(PracticeCatalog catalog, String practice) {
        return catalog == null ? practice : catalog.find(practice).map(p -> p.question()).orElse(practice);
    }

    static String claimed(ClaimCheck check) {
        return check.claimed() == null ? "(not answered)" : check.claimed();
    }

    static String observed(ClaimCheck check) {
        return check.observed() == null ? "(not found)" : check.observed();
    }

    /** "3 practices looked for in the repository: 1 claimed and observed, 2 claimed but not found". */
    static String summary(List<ClaimCheck> checks) {
        Map<Agreement, Integer> counts = new EnumMap<>(Agreement.class);
        checks.forEach(check -> counts.merge(check.agreement(), 1, Integer::sum));
        StringBuilder text = new StringBuilder().append(checks.size())
                .append(checks.size() == 1 ? " practice" : " practices").append(" looked for in the repository");
        String sep = ": ";
        for (Map.Entry<Agreement, Integer> count : counts.entrySet()) {
            text.append(sep).append(count.getValue()).append(' ').append(count.getKey().words());
            sep = ", ";
        }
        return text.toString();
    }
}
