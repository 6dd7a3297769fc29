package org.maturityadvisor.teams;

import java.util.List;

import org.maturityadvisor.store.StoredLevel;

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

    /** @param status {@code created} when this import registered the team, else {@code existing} */
    public record ImportedRow(long line, String team, String status, int seq, List<StoredLevel> levels) {
    }
}
