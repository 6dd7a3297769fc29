package org.maturityadvisor.store;

import java.time.OffsetDateTime;

/**
 * One scan of a team's repository as stored: what was scanned (the tree's name; the commit and ref when the pipeline
 * said, else null), who sent it, when, under which rule-set version's detectors, how many practices were observed and
 * not found, and the scan report as JSON text.
 */
public record StoredScan(long id, String teamId, OffsetDateTime scannedAt, String scannedBy, String tree,
                         String commit, String ref, String rulesetVersion, int observed, int notFound,
                         String report) {
}
