package org.maturityadvisor.teams;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.config.EvidenceSettings;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.input.EvidenceLimits;
import org.maturityadvisor.catalog.LimitExceededException;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.BulkStore;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.TeamStore;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Imports many teams' answers at once, as a stream: rows are read, checked with the same rules as one team's
 * assessment, assessed under the active rule set and written a batch at a time, all in one transaction, so memory
 * does not grow with the file and the import is still all or nothing. A bad row refuses the whole import unless the
 * caller asks to skip bad rows; a file-wide problem (an unknown column) always refuses it, since it would touch every
 * row. Once an import is refused, the rest of the file is still checked (so every problem is reported) but nothing
 * more is assessed or written, and the transaction rolls back. Progress shows in {@link ImportProgress}.
 */
@Service
public class TeamImporter {

    private final ActiveRuleSet ruleSet;
    private final BulkStore store;
    private final TeamStore teams;
    private final JsonMapper json;
    private final Clock clock;
    private final MaturityLimits limits;
    private final ImportProgress progress;
    private final EvidenceLimits evidence;
    private final LatestScans scans;
    private final GroupService groups;
    private final RuleSetStore audit;

    TeamImporter(ActiveRuleSet ruleSet, BulkStore store, TeamStore teams, JsonMapper json, Clock clock,
                 MaturityLimits limits, ImportProgress progress, EvidenceSettings evidence, LatestScans scans,
                 GroupService groups, RuleSetStore audit) {
        this.scans = scans;
        this.groups = groups;
        this.audit = audit;
        this.limits = limits;
        this.evidence = evidence.limits();
        this.ruleSet = ruleSet;
        this.store = store;
        this.teams = teams;
        this.json = json;
        this.clock = clock;
        this.progress = progress;
    }

    public ImportReport importCsv(String csv, String author, boolean skipBadRows) {
        limits.text().author("author", author);
        LoadedRuleSet active = ruleSet.current();
        return run(CsvImport.open(csv, active.advisor().catalog(), limits.importRows()), "csv", active, author,
                skipBadRows);
    }

    public ImportReport importJson(String body, String author, boolean skipBadRows) {
        limits.text().author("author", author);
        return run(JsonImport.open(body, limits.importRows()), "json", ruleSet.current(), author, skipBadRows);
    }

    /** The audit entry's words for the teams an import registered: how many, and the first ones with their groups. */
    static String registered(String format, long count, java.util.List<String> firsts) {
        return (count == 1 ? "1 team" : count + " teams") + " registered by a " + format + " import: "
                + String.join(", ", firsts) + (count > firsts.size() ? ", \u2026" : "");
    }

    private ImportReport run(ImportRows rows, String format, LoadedRuleSet active, String author,
                             boolean skipBadRows) {
        ImportProgress.Entry entry = progress.start(author, format);
        ImportState state = ImportState.FAILED;
        try {
            OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            ImportRun run = new ImportRun(rows, active.advisor(), new NewRows(author, at, json), skipBadRows, entry,
                    limits, evidence, scans, groups.placements(), (count, firsts) -> audit.audit(author,
                    AuditAction.TEAM_CREATED, null, "", registered(format, count, firsts), at));
            ImportReport report = run.execute(store, teams);
            state = ImportState.IMPORTED;
            return report;
        } catch (InvalidImportException | LimitExceededException refused) {
            state = ImportState.REFUSED;
            throw refused;
        } finally {
            progress.finish(entry, state);
        }
    }
}
