package org.maturityadvisor.workbench;

import java.time.ZoneOffset;
import java.util.List;

import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.Sighting;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.security.TeamTokens;
import org.maturityadvisor.store.StoredScan;
import org.maturityadvisor.teams.TeamScans;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The team page's repository section ({@code fragments/team-repository.html}, which asks for it as
 * {@code @teamRepository}): the newest scan in words and as a bar (practices observed against those looked for and not
 * found), what each observation rests on, and for an assessor the upload form, the team's pipeline tokens and the CI
 * command line that pushes a scan.
 */
@Component("teamRepository")
public class TeamRepository {

    private final TeamScans scans;
    private final TeamTokens tokens;
    private final ActiveRuleSet ruleSet;

    TeamRepository(TeamScans scans, TeamTokens tokens, ActiveRuleSet ruleSet) {
        this.scans = scans;
        this.tokens = tokens;
        this.ruleSet = ruleSet;
    }

    /** What the section shows; {@code scan} null when the team's repository was never scanned. */
    public record View(Scan scan, List<TeamTokens.Listed> tokens, String command, String maxArchive, int defaultDays,
                int maxDays) {
    }

    /** The newest scan: what, when, by whom, and the bar's two numbers with what they are. */
    public record Scan(String tree, String when, String by, String commit, String ref, String rulesetVersion,
                List<Seen> observed, List<String> notFound, String files, String words, double observedWidth) {
    }

    /** One practice observed: its question, the value the files show, and where (the first few sightings). */
    public record Seen(String question, String value, List<String> where, String detectors) {
    }

    public View of(String teamId, boolean assessor) {
        PracticeCatalog catalog = ruleSet.get().catalog();
        Scan scan = scans.newest(teamId).map(recorded -> scan(recorded.scan(), recorded.report(), catalog))
                .orElse(null);
        List<TeamTokens.Listed> listed = assessor ? tokens.list(teamId) : List.of();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String command = "maturity-advisor scan . --url " + base + " --team " + teamId
                + " --token \"$MATURITY_TOKEN\"";
        return new View(scan, listed, command, megabytes(scans.maxArchiveBytes()), tokens.defaultDays(),
                tokens.maxDays());
    }

    static Scan scan(StoredScan stored, ScanReport report, PracticeCatalog catalog) {
        List<Seen> observed = report.observations().stream().map(o -> seen(o, catalog)).toList();
        List<String> notFound = report.notFound().stream().map(p -> question(p, catalog)).toList();
        int looked = observed.size() + notFound.size();
        String words = looked == 0 ? "No detector of the rule set looked for anything."
                : Words.count(observed.size(), "practice", "practices") + " observed of "
                + Words.count(looked, "practice", "practices") + " looked for; "
                + notFound.size() + " not found (absence in the files is never taken as \u201cno\u201d).";
        return new Scan(stored.tree(), stored.scannedAt().atZoneSameInstant(ZoneOffset.UTC)
                .format(TeamsController.WHEN) + " UTC", stored.scannedBy(), stored.commit(), stored.ref(),
                stored.rulesetVersion(), observed, notFound, Words.count(report.filesSeen(), "file", "files")
                + " seen, " + report.filesRead() + " read", words, looked == 0 ? 0 : 100.0 * observed.size() / looked);
    }

    private static Seen seen(Observation observation, PracticeCatalog catalog) {
        List<String> where = observation.sightings().stream().limit(3).map(Sighting::location).toList();
        int more = observation.sightings().size() - where.size();
        List<String> shown = more <= 0 ? where : java.util.stream.Stream.concat(where.stream(),
                java.util.stream.Stream.of("and " + more + " more")).toList();
        String detectors = String.join(", ", observation.sightings().stream().map(Sighting::detector).distinct()
                .toList());
        return new Seen(question(observation.practice(), catalog), observation.value(), shown, detectors);
    }

    private static String question(String practice, PracticeCatalog catalog) {
        return catalog.find(practice).map(p -> p.question()).orElse(practice);
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MiB" : (bytes / 1024) + " KiB";
    }
}
