package org.maturityadvisor.teams;

import java.util.List;

import org.maturityadvisor.store.StoredLevel;

/**
 * What an import wrote: per row, its team (registered by this import or already there), the new assessment's
 * number in the team's history and its level in every model; and the rows skipped, each problem with its place (the
 * first {@code maturity.limits.errors} of them; {@code totalErrors} counts them all).
 */
public record ImportReport(int imported, long skipped, String rulesetVersion, List<ImportedRow> teams,
                           List<ImportError> errors, long totalErrors) {

    public ImportReport {
        teams = List.copyOf(teams);
        errors = List.copyOf(errors);
    }

    /** @param status {@code created} when this import registered the team, else {@code existing} */
    public record ImportedRow(long line, String team, String status, int seq, List<StoredLevel> levels) {
    }
}
