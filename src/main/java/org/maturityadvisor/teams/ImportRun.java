package org.maturityadvisor.teams;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.EvidenceLimits;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.StrictText;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.store.BulkStore;
import org.maturityadvisor.store.NewAssessment;
import org.maturityadvisor.store.TeamStore;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One import as it streams: {@value #BATCH} rows at a time read, checked, assessed (on every core) and written, and
 * what it did counted; only the first rows and problems are kept for the report, so 100,000 rows cost what 100 do.
 */
final class ImportRun {

    /** Rows per batch: a few statements per batch, and about 30 MB of results in hand at a time. */
    static final int BATCH = 500;

    private final ImportRows rows;
    private final Advisor advisor;
    private final NewRows made;
    private final boolean skipBadRows;
    private final ImportProgress.Entry progress;
    private final MaturityLimits limits;
    private final EvidenceLimits evidence;
    private final FirstErrors errors;
    private final LatestScans scans;
    private final GroupService.Placements placements;
    private final Registered registeredHook;
    /** Issue 27: the group each new team is placed in, decided by its first row giving one (null: none given). */
    private final Map<String, String> newGroups = new HashMap<>();
    private final List<String> firstCreated = new ArrayList<>();
    private final TeamSet writable;
    private final List<ImportReport.ImportedRow> listed = new ArrayList<>();
    private int fileErrorsSeen;
    private long badRows;
    private long imported;
    private long created;
    private boolean more = true;

    ImportRun(ImportRows rows, Advisor advisor, NewRows made, boolean skipBadRows, ImportProgress.Entry progress,
              MaturityLimits limits, EvidenceLimits evidence, LatestScans scans, GroupService.Placements placements,
              Registered registered, TeamSet writable) {
        this.scans = scans;
        this.placements = placements;
        this.registeredHook = registered;
        this.writable = writable;
        this.evidence = evidence;
        this.rows = rows;
        this.advisor = advisor;
        this.made = made;
        this.skipBadRows = skipBadRows;
        this.progress = progress;
        this.limits = limits;
        this.errors = new FirstErrors(limits.errors());
        noteFileErrors();
    }

    /** Told, inside the import's transaction, how many teams it registered and the first of them (for the audit). */
    interface Registered {
        void teams(long count, List<String> firsts);
    }

    /** How many registered teams the audit entry names. */
    static final int AUDITED_IDS = 20;

    /** A row that passed every check and was assessed, with the line it came from. */
    private record Ready(long line, BulkStore.ImportItem item) {
    }

    /**
     * The batches before the first good row write nothing and run before the transaction, so that the first
     * assessment can make a new rule-set version's dictionary in a transaction of its own; the rest run inside it.
     *
     * @throws InvalidImportException when a row or the file is bad (and not skipped): nothing is written
     */
    ImportReport execute(BulkStore store, TeamStore teams) {
        List<Ready> first = List.of();
        while (first.isEmpty() && more) {
            first = checkAndAssess(store, readBatch());
        }
        if (first.isEmpty()) {
            refuseIfBad();
            return report();
        }
        teams.prepare(first.get(0).item().assessment());
        List<Ready> firstBatch = first;
        return store.inOneTransaction(() -> {
            write(store, firstBatch);
            while (more) {
                write(store, checkAndAssess(store, readBatch()));
            }
            refuseIfBad();
            if (created > 0) {
                registeredHook.teams(created, firstCreated);
            }
            return report();
        });
    }

    private List<ImportRow> readBatch() {
        List<ImportRow> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH) {
            ImportRow row = rows.next();
            if (row == null) {
                more = false;
                noteFileErrors(); // a JSON file's fields after the teams are known once they are read
                break;
            }
            batch.add(row);
        }
        progress.read(batch.size());
        return batch;
    }

    private void noteFileErrors() {
        List<ImportError> fileErrors = rows.fileErrors();
        fileErrors.subList(fileErrorsSeen, fileErrors.size()).forEach(errors::add);
        fileErrorsSeen = fileErrors.size();
    }

    private boolean refused() {
        return fileErrorsSeen > 0 || badRows > 0 && !skipBadRows;
    }

    private void refuseIfBad() {
        if (refused()) {
            throw new InvalidImportException(errors.first(), badRows, errors.total());
        }
    }

    /** Every row checked; the good ones assessed, unless the import is refused already. */
    private List<Ready> checkAndAssess(BulkStore store, List<ImportRow> batch) {
        // no lookups once refused: the names only go into inputs that will not be stored (a HashMap: ids may be null)
        Map<String, String> registered = refused() ? Map.of() : new HashMap<>(store.names(ids(batch)));
        // issue 27: a team the caller may not change is refused as an unknown one, its name never read back
        Set<String> outside = refused() ? Set.of() : store.outside(registered.keySet(), writable);
        registered.keySet().removeAll(outside);
        Map<String, String> names = refused() ? new HashMap<>() : names(registered, batch);
        Map<String, String> groupsNow = refused() ? Map.of() : store.groups(grouped(batch, registered));
        java.util.Set<String> archived = refused() ? java.util.Set.of() : store.archived(registered.keySet());
        // the checks that depend on the rows before (a new team's group) or the store run in order; then each row's
        // own reading, which depends on nothing else, on every core; then its problems are counted in order
        List<List<ImportError>> rowErrors = new ArrayList<>(batch.size());
        for (ImportRow row : batch) {
            List<ImportError> found = new ArrayList<>(row.errors());
            if (row.teamId() != null && outside.contains(row.teamId())) {
                found.add(row.error("team", "no team " + row.teamId()));
            }
            nameMismatch(row, registered).ifPresent(found::add);
            groupProblem(row, registered, groupsNow).ifPresent(found::add);
            if (row.teamId() != null && archived.contains(row.teamId())) { // issue 27: an archived team takes no assessment until restored
                found.add(row.error("id", "team " + row.teamId() + " is archived; restore it first"));
            }
            rowErrors.add(found);
        }
        List<Checked> read = java.util.stream.IntStream.range(0, batch.size()).parallel()
                .mapToObj(i -> check(batch.get(i), names, rowErrors.get(i))).toList();
        List<Checked> good = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (rowErrors.get(i).isEmpty()) {
                good.add(read.get(i));
            } else {
                rowErrors.get(i).forEach(errors::add);
                badRows++;
                progress.bad();
            }
        }
        if (refused()) {
            return List.of();
        }
        Map<String, LatestScans.Latest> scanned = scans.of(ids(batch));
        return good.parallelStream().map(checked -> new Ready(checked.row().line(), new BulkStore.ImportItem(
                checked.row().teamId(), checked.profile().team(), assessed(checked,
                scanned.get(checked.row().teamId())), newGroups.get(checked.row().teamId())))).toList();
    }

    private void write(BulkStore store, List<Ready> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<BulkStore.Imported> written = store.write(batch.stream().map(Ready::item).toList());
        for (int i = 0; i < written.size(); i++) {
            BulkStore.Imported row = written.get(i);
            imported++;
            created += row.created() ? 1 : 0;
            if (row.created() && firstCreated.size() < AUDITED_IDS) {
                String group = newGroups.get(row.teamId());
                firstCreated.add(row.teamId() + (group == null ? "" : " (in " + group + ")"));
            }
            if (listed.size() < limits.errors()) {
                listed.add(new ImportReport.ImportedRow(batch.get(i).line(), row.teamId(),
                        row.created() ? ImportReport.ImportedRow.TeamStatus.CREATED : ImportReport.ImportedRow.TeamStatus.EXISTING, row.seq(), row.levels()));
            }
        }
        progress.written(written.size());
    }

    private ImportReport report() {
        return new ImportReport(progress.id(), imported, created, imported - created, badRows, advisor.version(),
                listed, errors.first(), errors.total());
    }

    /** A row that passed every check, read as the team input it will be stored as. */
    private record Checked(ImportRow row, ObjectNode input, TeamProfile profile) {
    }

    private Checked check(ImportRow row, Map<String, String> names, List<ImportError> rowErrors) {
        if (row.teamId() == null) {
            rowErrors.add(row.error("id", "required: the team's id"));
        } else if (!validId(row.teamId())) {
            rowErrors.add(row.error("id", "expected lower-case letters and digits in words joined by '-', at most "
                    + TeamService.MAX_ID + " characters (e.g. payments-ml); got " + Echo.quoted(row.teamId())));
        }
        ImportError longName = row.name() == null ? null : badName(row);
        if (longName != null) {
            rowErrors.add(longName);
        }
        ObjectNode input = made.json().createObjectNode();
        // a row with a bad id has its answers checked all the same, so one pass reports every problem
        input.put("team", names.getOrDefault(row.teamId(), row.teamId() == null || !validId(row.teamId())
                ? "(no valid team id)" : row.teamId()));
        input.setAll(row.input());
        try {
            LocalDate day = TeamService.day(made.at());
            TeamProfile given = TeamInputReader.read(input, advisor.catalog(), new InputOptions(day, evidence));
            // as one stored assessment, less the carrying forward: new evidence is the importer's, confirmations
            // are refused, a plain answer is as of the import's day
            EvidenceCarry.Outcome stamped = EvidenceCarry.apply(given.answers(), EvidenceCarry.Previous.NONE,
                    made.author(), made.at().toInstant(), day);
            stamped.errors().forEach(error -> rowErrors.add(row.error(error.field(), error.reason())));
            input.set("answers", RichAnswers.write(stamped.answers(), day, input.get("answers"), made.json()));
            TeamProfile profile = new TeamProfile(given.team(), given.context(), stamped.answers());
            return rowErrors.isEmpty() ? new Checked(row, input, profile) : null;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> rowErrors.add(row.error(error.field(), error.reason())));
            return null;
        }
    }

    private ImportError badName(ImportRow row) {
        var error = MaturityLimits.Text.tooLong("name", row.name(), limits.text().teamName(), "team-name");
        if (error == null) {
            error = MaturityLimits.Text.refused("name", row.name(), StrictText.Field.NAME);
        }
        return error == null ? null : row.error("name", error.reason());
    }

    private static boolean validId(String id) {
        return TeamService.TEAM_ID.matcher(id).matches() && id.length() <= TeamService.MAX_ID;
    }

    /**
     * A row naming a registered team by another name is refused, as storing one assessment is ({@link TeamNameRule}):
     * a typo and another team's name look the same from here, so the name is never silently replaced.
     */
    private static Optional<ImportError> nameMismatch(ImportRow row, Map<String, String> registered) {
        String known = row.teamId() == null ? null : registered.get(row.teamId());
        if (known == null || row.name() == null) {
            return Optional.empty();
        }
        return TeamNameRule.check(row.teamId(), known, row.name(), false).map(refusal -> row.error("name",
                "team " + row.teamId() + " is registered as \"" + known + "\", not \"" + refusal.given()
                        + "\"; leave the name empty or give the registered one"));
    }

    /**
     * Issue 27: a row's group. A new team is placed in it (the group must exist and be one the caller may place teams
     * in, else it is refused as unknown; its rows must agree); an existing team must already sit in it: an import does
     * not move a team.
     */
    private Optional<ImportError> groupProblem(ImportRow row, Map<String, String> registered,
                                               Map<String, String> groupsNow) {
        String id = row.teamId();
        if (id == null || !validId(id)) {
            return Optional.empty();
        }
        String group = row.group();
        if (registered.containsKey(id)) {
            String now = groupsNow.get(id);
            if (group == null || group.equals(now)) {
                return Optional.empty();
            }
            return Optional.of(row.error("group", "team " + id + " sits in " + (now == null
                    ? "no group (directly in the organisation)" : "group " + now + " (" + placements.tree()
                    .pathWords(now) + ")") + ", not " + Echo.quoted(group) + ": an import places new teams only;"
                    + " move a team with PATCH /api/teams/" + id + " {\"group\": ...}, or leave the cell empty"));
        }
        if (group == null) {
            return newGroups.containsKey(id) ? Optional.empty() : placements.refuse(null)
                    .map(reason -> row.error("group", reason));
        }
        Optional<String> refused = placements.refuse(group);
        if (refused.isPresent()) {
            return Optional.of(row.error("group", refused.get()));
        }
        String decided = newGroups.putIfAbsent(id, group);
        return decided == null || decided.equals(group) ? Optional.empty()
                : Optional.of(row.error("group", "new team " + id + " is placed in group " + decided + " by an"
                        + " earlier row, not " + Echo.quoted(group) + ": give one group for all its rows"));
    }

    /** The ids of the batch's rows that name a group and a registered team: whose group is to be compared. */
    private static Set<String> grouped(List<ImportRow> batch, Map<String, String> registered) {
        Set<String> ids = new LinkedHashSet<>();
        batch.stream().filter(row -> row.group() != null && row.teamId() != null
                && registered.containsKey(row.teamId())).forEach(row -> ids.add(row.teamId()));
        return ids;
    }

    private static Set<String> ids(List<ImportRow> batch) {
        Set<String> ids = new LinkedHashSet<>();
        batch.stream().filter(row -> row.teamId() != null && validId(row.teamId())).forEach(row -> ids.add(row.teamId()));
        return ids;
    }

    /** Each team's name: as registered (by an earlier batch too), else the first name its rows in the batch give, else its id. */
    private static Map<String, String> names(Map<String, String> registered, List<ImportRow> batch) {
        Map<String, String> names = new LinkedHashMap<>();
        batch.stream().filter(row -> row.teamId() != null && validId(row.teamId())).forEach(row -> {
            String given = row.name() == null || row.name().isBlank() ? null : row.name();
            names.merge(row.teamId(), given == null ? "" : given, (first, next) -> first.isEmpty() ? next : first);
        });
        names.replaceAll((id, name) -> name.isEmpty() ? id : name);
        names.putAll(registered);
        return names;
    }

    /** A row's claims compared with its team's newest scan (null: none), as every stored assessment is. */
    private NewAssessment assessed(Checked checked, LatestScans.Latest scan) {
        LocalDate day = TeamService.day(made.at());
        TeamProfile profile = ObservedAnswers.merged(checked.profile(), Optional.ofNullable(scan)
                .map(LatestScans.Latest::report), advisor.catalog(), day);
        AssessmentResult result = advisor.assess(profile);
        return NewAssessment.of(made.at(), made.author(), made.json().writeValueAsString(checked.input()), result,
                made.json().writeValueAsString(result)).with(AnswerAges.standing(profile.answers(),
                advisor.catalog(), day)).comparedWith(scan == null ? null : scan.id());
    }
}
