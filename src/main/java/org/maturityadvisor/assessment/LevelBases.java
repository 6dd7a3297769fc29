package org.maturityadvisor.assessment;

import java.util.List;

import org.maturityadvisor.catalog.Support;

/** Counts what the met criteria of one level (or a checklist's met statements) rest on. */
public final class LevelBases {

    private LevelBases() {
    }

    public static LevelBasis of(int level, List<MetCriterion> met) {
        int confirmed = 0;
        int evidenced = 0;
        int claimed = 0;
        int stale = 0;
        int observed = 0;
        for (MetCriterion criterion : met) {
            Basis basis = criterion.basis();
            Support support = basis == null ? Support.CLAIMED : basis.support();
            confirmed += support == Support.CONFIRMED ? 1 : 0;
            evidenced += support == Support.EVIDENCED ? 1 : 0;
            claimed += support == Support.CLAIMED ? 1 : 0;
            observed += support == Support.OBSERVED ? 1 : 0;
            stale += basis != null && basis.stale() ? 1 : 0;
        }
        return new LevelBasis(level, met.size(), confirmed, evidenced, claimed, stale, observed);
    }
}
