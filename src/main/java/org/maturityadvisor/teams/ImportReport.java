package org.maturityadvisor.teams;

import java.util.List;
import java.util.Locale;

import org.maturityadvisor.store.StoredLevel;
import org.maturityadvisor.wire.WireId;

/**
 * What an import wrote: how many rows it imported, how many teams it registered and found already there; the first
 * rows (the first {@code maturity.limits.errors}, as for problems: 100,000 rows cost 100 listed), each with its team,
 * the new assessment's number in the team's history and its level in every model; and the rows skipped, each problem
 * with its place (the first {@code maturity.limits.errors} of them; {@code totalErrors} counts them all).
 *
 * @param id the import's id in {@code GET /api/imports}
 */
public record ImportReport(String id, long imported, long created, long existing, long skipped,
                           String rulesetVersion, List<ImportedRow> teams, List<ImportError> errors,
                           long totalErrors) {

    public ImportReport {
        teams = List.copyOf(teams);
        errors = List.copyOf(errors);
    }

    /** One team written: {@code status} says whether this import registered it. */
    public record ImportedRow(long line, String team, TeamStatus status, int seq, List<StoredLevel> levels) {

        /** {@code created}: registered by this import; {@code existing}: registered before, assessed again. */
        public enum TeamStatus implements WireId {
            CREATED, EXISTING;

            @Override
            public String id() {
                return name().toLowerCase(Locale.ROOT);
            }

            /** For people: {@code new} or {@code already} (registered before this import). */
            public String words() {
                return this == CREATED ? "new" : "already";
            }
        }
    }
}
