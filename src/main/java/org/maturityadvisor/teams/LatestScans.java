package org.maturityadvisor.teams;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.store.ScanStore;
import org.maturityadvisor.store.StoredScan;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Teams' newest scans as stored, read back as scan reports: what every new assessment is compared with. */
@Component
public class LatestScans {

    /** A stored scan's id and its report. */
    public record Latest(long id, ScanReport report) {
    }

    private final ScanStore scans;
    private final JsonMapper json;

    LatestScans(ScanStore scans, JsonMapper json) {
        this.scans = scans;
        this.json = json;
    }

    public Optional<Latest> of(String teamId) {
        return scans.latest(teamId).map(this::latest);
    }

    /** The newest scans of many teams (an import's batch) in one query, by team id. */
    Map<String, Latest> of(Collection<String> teamIds) {
        Map<String, Latest> latest = new LinkedHashMap<>();
        scans.latest(teamIds).forEach((team, scan) -> latest.put(team, latest(scan)));
        return latest;
    }

    /** The scan a stored assessment was compared with, if any. */
    Optional<Latest> ofAssessment(String teamId, int seq) {
        return scans.ofAssessment(teamId, seq).map(this::latest);
    }

    /** Checks that disagree with their team's newest scan, over every team's newest assessment (a gauge). */
    public int disagreements() {
        return scans.disagreements();
    }

    ScanReport report(StoredScan scan) {
        return json.readValue(scan.report(), ScanReport.class);
    }

    String text(ScanReport report) {
        return json.writeValueAsString(report);
    }

    private Latest latest(StoredScan scan) {
        return new Latest(scan.id(), report(scan));
    }
}
