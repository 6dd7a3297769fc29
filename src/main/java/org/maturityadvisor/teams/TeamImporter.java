package org.maturityadvisor.teams;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.ActiveRuleSet;
import org.maturityadvisor.Limits;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.store.BulkStore;
import org.maturityadvisor.store.NewAssessment;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports many teams' answers at once: every row is checked first, with the same rules as one team's assessment, and
 * then every team is registered if new and assessed under the active rule set, all written in one transaction. A bad
 * row refuses the whole import unless the caller asks to skip bad rows; a file-wide problem (an unknown column)
 * always refuses it, since it would touch every row.
 */
@Service
public class TeamImporter {

    private final ActiveRuleSet ruleSet;
    private final BulkStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final Limits limits;

    TeamImporter(ActiveRuleSet ruleSet, BulkStore store, JsonMapper json, Clock clock, Limits limits) {
        this.limits = limits;
        this.ruleSet = ruleSet;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    public ImportReport importCsv(String csv, String author, boolean skipBadRows) {
        limits.text().author("author", author);
        LoadedRuleSet active = ruleSet.current();
        return run(CsvImport.read(csv, active.advisor().catalog(), limits.importRows()), active, author, skipBadRows);
    }

    public ImportReport importJson(String body, String author, boolean skipBadRows) {
        limits.text().author("author", author);
        return run(JsonImport.read(body, limits.importRows()), ruleSet.current(), author, skipBadRows);
    }

    /** A row that passed every check, read as the team input it will be stored as. */
    private record Checked(ImportRow row, ObjectNode input, TeamProfile profile) {
    }

    private ImportReport run(ParsedImport parsed, LoadedRuleSet active, String author, boolean skipBadRows) {
        Map<String, String> names = names(parsed.rows());
        FirstErrors errors = new FirstErrors(limits.errors());
        parsed.fileErrors().forEach(errors::add);
        List<Checked> good = new ArrayList<>();
        long badRows = 0;
        for (ImportRow row : parsed.rows()) {
            List<ImportError> rowErrors = new ArrayList<>(row.errors());
            Checked checked = check(row, names, active.advisor(), rowErrors);
            if (rowErrors.isEmpty()) {
                good.add(checked);
            } else {
                rowErrors.forEach(errors::add);
                badRows++;
            }
        }
        if (!parsed.fileErrors().isEmpty() || badRows > 0 && !skipBadRows) {
            throw new InvalidImportException(errors.first(), badRows, errors.total());
        }
        return write(good, active, author, badRows, errors);
    }

    private Checked check(ImportRow row, Map<String, String> names, Advisor advisor, List<ImportError> errors) {
        if (row.teamId() == null) {
            errors.add(row.error("id", "required: the team's id"));
        } else if (!validId(row.teamId())) {
            errors.add(row.error("id", "expected lower-case letters and digits in words joined by '-', at most "
                    + TeamService.MAX_ID + " characters (e.g. payments-ml); got " + Echo.quoted(row.teamId())));
        }
        ImportError longName = row.name() == null ? null : tooLongName(row);
        if (longName != null) {
            errors.add(longName);
        }
        ObjectNode input = json.createObjectNode();
        // a row with a bad id has its answers checked all the same, so one pass reports every problem
        input.put("team", names.getOrDefault(row.teamId(), "(no valid team id)"));
        input.setAll(row.input());
        try {
            TeamProfile profile = TeamInputReader.read(input, advisor.catalog());
            return errors.isEmpty() ? new Checked(row, input, profile) : null;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(row.error(error.field(), error.reason())));
            return null;
        }
    }

    private ImportError tooLongName(ImportRow row) {
        var error = Limits.Text.tooLong("name", row.name(), limits.text().teamName(), "team-name");
        return error == null ? null : row.error("name", error.reason());
    }

    private static boolean validId(String id) {
        return TeamService.TEAM_ID.matcher(id).matches() && id.length() <= TeamService.MAX_ID;
    }

    /** Each team's name: as registered, else the first name its rows give, else its id. */
    private Map<String, String> names(List<ImportRow> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        rows.stream().filter(row -> row.teamId() != null && validId(row.teamId())).forEach(row -> {
            String given = row.name() == null || row.name().isBlank() ? null : row.name();
            names.merge(row.teamId(), given == null ? "" : given, (first, next) -> first.isEmpty() ? next : first);
        });
        names.replaceAll((id, name) -> name.isEmpty() ? id : name);
        names.putAll(store.names(names.keySet()));
        return names;
    }

    private ImportReport write(List<Checked> good, LoadedRuleSet active, String author, long badRows,
                               FirstErrors errors) {
        Advisor advisor = active.advisor();
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<BulkStore.ImportItem> items = good.stream().map(checked -> new BulkStore.ImportItem(
                checked.row().teamId(), checked.profile().team(), () -> assessed(checked, advisor, author, at)))
                .toList();
        List<BulkStore.Imported> written = store.importAll(items);
        List<ImportReport.ImportedRow> rows = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            BulkStore.Imported imported = written.get(i);
            rows.add(new ImportReport.ImportedRow(good.get(i).row().line(), imported.teamId(),
                    imported.created() ? "created" : "existing", imported.seq(), imported.levels()));
        }
        return new ImportReport(rows.size(), badRows, advisor.version(), rows, errors.first(), errors.total());
    }

    private NewAssessment assessed(Checked checked, Advisor advisor, String author, OffsetDateTime at) {
        AssessmentResult result = advisor.assess(checked.profile());
        return NewAssessment.of(at, author, json.writeValueAsString(checked.input()), result,
                json.writeValueAsString(result));
    }
}
