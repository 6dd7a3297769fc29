package org.maturityadvisor.teams;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.maturityadvisor.assessment.ClaimCheck;
import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.runtime.ArchiveScan;
import org.maturityadvisor.scan.PushedScan;
import org.maturityadvisor.scan.ScanRefusedException;
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
    private final ArchiveScan archives;

    TeamScans(TeamService teams, ScanStore store, LatestScans latest, ActiveRuleSet ruleSet, RuleSetStore audit,
              MaturityLimits limits, ArchiveScan archives) {
        this.archives = archives;
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

    /** What a refused archive is called in the problem's title: "Invalid archive". */
    public static final String ARCHIVE = "archive";

    /**
     * A report a pipeline pushed, rebuilt from the active rule set's detectors ({@link PushedScan}) and recorded.
     *
     * @throws InvalidInputException naming each field at fault; nothing is stored
     */
    public Recorded recordPushed(String teamId, ScanReport pushed, Source source, String who) {
        teams.writable(teamId);
        PushedScan.Checked checked = PushedScan.check(pushed, ruleSet.current().detectors());
        InvalidInputException.throwIfAny("scan report", checked.errors());
        return record(teamId, checked.report(), source, who);
    }

    /**
     * An uploaded archive of the team's repository, scanned in memory by the active rule set's detectors and recorded.
     *
     * @throws InvalidInputException a refused archive, naming the entry at fault; nothing is stored
     */
    public Recorded recordArchive(String teamId, byte[] archive, String name, Source source, String who) {
        teams.writable(teamId);
        return record(teamId, scan(archive, name), source, who);
    }

    /** An archive (zip or tar.gz, by its first bytes) scanned in memory under {@code maturity.scan.*}; never stored. */
    public ScanReport scan(byte[] archive, String name) {
        try {
            return archives.scan(ruleSet.current(), archive, name);
        } catch (ScanRefusedException e) {
            throw ArchiveScan.invalid(e, name);
        }
    }

    /** The largest archive accepted, in bytes ({@code maturity.scan.max-archive-bytes}). */
    public long maxArchiveBytes() {
        return archives.maxArchiveBytes();
    }

    /**
     * @param report the service's own report of the scan (its rule-set version is set to the active one here)
     * @param who    the user or {@code token:<name>} that sent it
     */
    Recorded record(String teamId, ScanReport report, Source source, String who) {
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
