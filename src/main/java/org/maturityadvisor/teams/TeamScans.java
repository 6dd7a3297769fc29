package org.maturityadvisor.teams;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.maturityadvisor.assessment.ClaimCheck;
import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.ScanStore;
import org.maturityadvisor.store.StoredScan;
import org.springframework.stereotype.Service;

import tools.jackson.databind.node.ObjectNode;

/**
 * What a team's repository shows, kept current by its pipeline (or an uploaded archive): each scan is stored with who
 * sent it and when, then the team's newest claims are stored again as its next assessment, compared with this scan
 * ({@link ObservedAnswers}), and the scan is audited. The scan report must already be the service's own: read from
 * an archive by its detectors, or a pushed one rebuilt by {@link org.maturityadvisor.scan.PushedScan}.
 */
@Service
public class TeamScans {

    private final TeamService teams;
    private final ScanStore store;
    private final LatestScans latest;
    private final ActiveRuleSet ruleSet;
    private final RuleSetStore audit;
    private final MaturityLimits.Text text;

    TeamScans(TeamService teams, ScanStore store, LatestScans latest, ActiveRuleSet ruleSet, RuleSetStore audit,
              MaturityLimits limits) {
        this.teams = teams;
        this.store = store;
        this.latest = latest;
        this.ruleSet = ruleSet;
        this.audit = audit;
        this.text = limits.text();
    }

    /** What the scan was of, as the pipeline says: the commit (40 hex digits) and the ref (a branch), each or null. */
    public record Source(String commit, String ref) {
        public static final Source NONE = new Source(null, null);
    }

    /** The scan as stored, and the assessment that compares the team's claims with it. */
    public record Recorded(StoredScan scan, ScanReport report, TeamService.Stored assessment) {
    }

    /**
     * @param report the service's own report of the scan (its rule-set version is set to the active one here)
     * @param who    the user or {@code token:<name>} that sent it
     */
    public Recorded record(String teamId, ScanReport report, Source source, String who) {
        text.author("author", who);
        OffsetDateTime at = teams.now();
        ObjectNode claims = teams.claims(teamId, at);
        String version = ruleSet.current().version();
        ScanReport ours = new ScanReport(report.tree(), version, report.observations(), report.notFound(),
                report.filesSeen(), report.filesRead(), report.skipped());
        StoredScan scan = store.save(new StoredScan(0, teamId, at, who, report.tree(), source.commit(), source.ref(),
                version, ours.observations().size(), ours.notFound().size(), latest.text(ours)));
        TeamService.Stored stored = teams.store(teamId, claims, who, at, ruleSet.current().advisor());
        long disagreeing = stored.result().observed().stream().map(ClaimCheck::agreement)
                .filter(Agreement::disagrees).count();
        audit.audit(who, AuditAction.OBSERVATIONS_RECORDED, version, "", "team " + teamId + ", tree " + report.tree()
                + (source.commit() == null ? "" : " at " + source.commit()) + ": " + counted(ours.observations()
                .size(), "practice") + " observed, " + ours.notFound().size() + " not found, " + counted(
                (int) disagreeing, "answer") + " disagreeing; assessment #" + stored.seq(), at);
        return new Recorded(scan, ours, stored);
    }

    /** The team's newest scan (404 when the team does not exist); empty when its repository was never scanned. */
    public Optional<Recorded> newest(String teamId) {
        teams.team(teamId);
        return store.latest(teamId).map(scan -> new Recorded(scan, latest.report(scan), null));
    }

    private static String counted(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
