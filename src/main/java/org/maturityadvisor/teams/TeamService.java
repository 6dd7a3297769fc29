package org.maturityadvisor.teams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.config.EvidenceSettings;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.input.EvidenceLimits;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.StrictText;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.lifecycle.RuleSetVersions;
import org.maturityadvisor.simulation.InputDiff;
import org.maturityadvisor.simulation.ModelDiff;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.HistoryEntry;
import org.maturityadvisor.store.NewAssessment;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.Portfolio;
import org.maturityadvisor.store.Slice;
import org.maturityadvisor.store.StoredAssessment;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.StoredTeam;
import org.maturityadvisor.store.TeamArchivedException;
import org.maturityadvisor.store.TeamStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Registers teams, assesses and stores them under the active rule set, and reads their history back. */
@Service
public class TeamService {

    public static final Pattern TEAM_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_ID = 64;

    private final ActiveRuleSet ruleSet;
    private final RuleSetVersions versions;
    private final TeamStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final MaturityLimits.Text text;
    private final EvidenceLimits evidence;
    private final int soonDays;
    private final LatestScans scans;
    private final GroupService groups;
    private final RuleSetStore audit;
    private final TransactionTemplate transactions;

    /**
     * A stored input is read back whatever the limits are now: it was within them when it was stored, and a lowered
     * setting must not make history unreadable.
     */
    static final EvidenceLimits STORED = new EvidenceLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE);

    TeamService(ActiveRuleSet ruleSet, RuleSetVersions versions, TeamStore store, JsonMapper json, Clock clock,
                MaturityLimits limits, EvidenceSettings evidence, LatestScans scans, GroupService groups,
                RuleSetStore audit, TransactionTemplate transactions) {
        this.scans = scans;
        this.groups = groups;
        this.audit = audit;
        this.transactions = transactions;
        this.text = limits.text();
        this.evidence = evidence.limits();
        this.soonDays = evidence.soonDays();
        this.ruleSet = ruleSet;
        this.versions = versions;
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /** A stored assessment with its result, as returned when it is made. */
    public record Stored(String team, int seq, OffsetDateTime assessedAt, String author, String rulesetVersion,
                         AssessmentResult result) {
    }

    /**
     * @param id   the team's id (lower-case words joined by '-'); null to derive it from the name
     * @throws InvalidInputException naming the field at fault
     */
    public StoredTeam register(String id, String name, String author) {
        return register(id, name, null, author);
    }

    /**
     * The same, the team placed in group {@code groupId} (null: directly in the organisation), which must exist and be
     * one the caller may place teams in (else refused as "no group X", naming field {@code group}); audited as
     * {@link AuditAction#TEAM_CREATED}.
     */
    public StoredTeam register(String id, String name, String groupId, String author) {
        text.author("author", author);
        List<InputError> errors = new ArrayList<>();
        String teamName = name(name, errors);
        String teamId = id == null ? slug(teamName) : id;
        if (!TEAM_ID.matcher(teamId).matches() || teamId.length() > MAX_ID) {
            errors.add(new InputError("id", id == null ? "cannot be derived from the name; give an id"
                    : "expected lower-case letters and digits in words joined by '-', at most " + MAX_ID
                    + " characters (e.g. payments-ml); got " + Echo.quoted(id)));
        }
        groups.refusePlacement(groupId).ifPresent(reason -> errors.add(new InputError("group", reason)));
        InvalidInputException.throwIfAny("team", errors); // as POST /api/teams titles its other refusals
        OffsetDateTime at = now();
        return transactions.execute(status -> {
            StoredTeam team = store.create(teamId, teamName, groupId, author, at);
            audit.audit(author, AuditAction.TEAM_CREATED, null, "", "team " + teamId + " \"" + teamName
                    + "\" registered " + (groupId == null ? "directly in the organisation"
                    : "in group " + groupId + " (" + groups.tree().pathWords(groupId) + ")"), at);
            return team;
        });
    }

    /** A team's name as stored (stripped, normalised), its fault added to {@code errors}: at registration or rename. */
    String name(String name, List<InputError> errors) {
        String teamName = name == null ? "" : StrictText.normalized(name.strip());
        InputError tooLong = MaturityLimits.Text.tooLong("name", teamName, text.teamName(), "team-name");
        InputError refused = MaturityLimits.Text.refused("name", teamName, StrictText.Field.NAME);
        if (teamName.isEmpty()) {
            errors.add(new InputError("name", "required: the team's name, 1 to " + text.teamName() + " characters"));
        } else if (tooLong != null || refused != null) {
            errors.add(tooLong != null ? tooLong : refused);
        }
        return teamName;
    }

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > MAX_ID ? slug.substring(0, MAX_ID).replaceAll("-$", "") : slug;
    }

    public StoredTeam team(String id) {
        return ordered(store.team(id).orElseThrow(() -> new NotFoundException("no team " + id)),
                new ModelOrder(ruleSet.get()));
    }

    /**
     * The team, when it may take a write (an assessment, a plan, a confirmation, observations): an archived one is
     * read only until it is restored.
     *
     * @throws TeamArchivedException when it is archived
     */
    public StoredTeam writable(String id) {
        StoredTeam team = team(id);
        if (team.archived()) {
            throw new TeamArchivedException(id);
        }
        return team;
    }

    public Slice<StoredTeam, String> teams(String after, int limit) {
        return teams(after, limit, StaleFilter.ANY);
    }

    /** Teams in id order; with {@code stale}, only those whose newest assessment has a stale answer (or soon will). */
    public Slice<StoredTeam, String> teams(String after, int limit, StaleFilter stale) {
        return teams(after, limit, stale, org.maturityadvisor.organisation.TeamSet.active());
    }

    /** The same, only the teams of {@code set} ({@link TeamScope#listed}: the caller's, a group's, archived or not). */
    public Slice<StoredTeam, String> teams(String after, int limit, StaleFilter stale,
                                           org.maturityadvisor.organisation.TeamSet set) {
        LocalDate today = day(now());
        LocalDate staleBy = switch (stale) {
            case ANY -> null;
            case STALE -> today;
            case SOON -> today.plusDays(soonDays);
        };
        Slice<StoredTeam, String> slice = store.teams(after, limit, staleBy, set);
        ModelOrder order = new ModelOrder(ruleSet.get());
        return new Slice<>(slice.items().stream().map(team -> ordered(team, order)).toList(), slice.nextKey());
    }

    private static StoredTeam ordered(StoredTeam team, ModelOrder order) {
        return new StoredTeam(team.id(), team.name(), team.createdAt(), team.createdBy(), team.assessments(),
                order.sorted(team.latestLevels()), team.groupId(), team.archivedAt());
    }

    /**
     * Assesses the team on its answers under the active rule set and stores input and result together.
     *
     * @param body        {@code {context, answers}}, as for a one-off assessment; {@code team} may be left out
     * @param confirmName store under the registered name even when {@code team} names the team differently
     * @throws TeamNameMismatchException when {@code team} differs from the registered name and is not confirmed
     */
    public Stored assess(String teamId, JsonNode body, String author, boolean confirmName) {
        text.author("author", author);
        StoredTeam team = writable(teamId);
        ObjectNode input = withTeamName(body, team, confirmName);
        OffsetDateTime at = now();
        Advisor advisor = ruleSet.current().advisor();
        TeamProfile given = TeamInputReader.read(input, advisor.catalog(), new InputOptions(day(at), evidence));
        EvidenceCarry.Outcome carried = EvidenceCarry.apply(given.answers(), previous(teamId), author,
                at.toInstant(), day(at));
        InvalidInputException.throwIfAny(carried.errors());
        input.set("answers", RichAnswers.write(carried.answers(), day(at), input.get("answers"), json));
        return store(teamId, input, author, at, advisor);
    }

    /**
     * Stores {@code input} (the rich form, every answer with its day: the team's claims) as the team's next
     * assessment, assessed by {@code advisor} as of {@code at}'s day on the claims compared with the team's newest
     * scan ({@link ObservedAnswers}): the stored input with that scan reads back to exactly what was assessed.
     */
    Stored store(String teamId, ObjectNode input, String author, OffsetDateTime at, Advisor advisor) {
        TeamProfile claimed = TeamInputReader.read(input, advisor.catalog(), new InputOptions(day(at), STORED));
        Optional<LatestScans.Latest> scan = scans.of(teamId);
        TeamProfile profile = ObservedAnswers.merged(claimed, scan.map(LatestScans.Latest::report),
                advisor.catalog(), day(at));
        AssessmentResult result = advisor.assess(profile);
        int seq = store.save(teamId, NewAssessment.of(at, author, json.writeValueAsString(input), result,
                json.writeValueAsString(result)).with(AnswerAges.standing(profile.answers(), advisor.catalog(),
                day(at))).comparedWith(scan.map(LatestScans.Latest::id).orElse(null)));
        return new Stored(teamId, seq, at, author, result.rulesetVersion(), result);
    }

    /**
     * Stores the team's newest claims again (none yet: no answer), each keeping its day, as its next assessment:
     * what a new scan of its repository does, so that the team's result compares them with that scan.
     */
    Stored reassess(String teamId, String author) {
        OffsetDateTime at = now();
        return store(teamId, claims(teamId, at), author, at, ruleSet.current().advisor());
    }

    /**
     * The team's newest claims as the next assessment's input, read under the active rule set (an answer it no longer
     * takes is refused here, before anything is stored).
     */
    ObjectNode claims(String teamId, OffsetDateTime at) {
        StoredTeam team = writable(teamId);
        Advisor advisor = ruleSet.current().advisor();
        Optional<StoredAssessment> newest = newest(teamId);
        ObjectNode input;
        if (newest.isPresent()) {
            input = (ObjectNode) json.readTree(newest.get().input());
            input.set("answers", RichAnswers.write(RichAnswers.dated(read(newest.get()).answers(),
                    day(newest.get().assessedAt())), day(at), input.get("answers"), json));
        } else {
            input = json.createObjectNode();
            input.put("team", team.name());
            input.putObject("answers");
        }
        TeamInputReader.read(input, advisor.catalog(), new InputOptions(day(at), STORED));
        return input;
    }

    /** The team's newest stored assessment, if it has one. */
    public Optional<StoredAssessment> newest(String teamId) {
        return store.history(teamId, null, 1).items().stream().findFirst()
                .flatMap(entry -> store.assessment(teamId, entry.seq()));
    }

    /** The catalog of the version a stored assessment was assessed under. */
    PracticeCatalog catalogOf(StoredAssessment stored) {
        return versions.advisor(stored.rulesetVersion()).catalog();
    }

    /** A stored assessment's answers as the catalog of its own version reads them, judged on its day. */
    TeamProfile read(StoredAssessment stored) {
        return TeamInputReader.read(stored.input(), versions.advisor(stored.rulesetVersion()).catalog(),
                new InputOptions(day(stored.assessedAt()), STORED));
    }

    private EvidenceCarry.Previous previous(String teamId) {
        return newest(teamId).map(stored -> new EvidenceCarry.Previous(read(stored).answers(),
                day(stored.assessedAt()))).orElse(EvidenceCarry.Previous.NONE);
    }

    /** The day (UTC) an assessment made at {@code at} is judged on. */
    static LocalDate day(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private ObjectNode withTeamName(JsonNode body, StoredTeam team, boolean confirmName) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(List.of(new InputError("(body)", "expected a JSON object with context "
                    + "and answers")));
        }
        JsonNode given = body.get("team");
        if (given != null && !given.isNull() && !given.isString()) {
            throw new InvalidInputException(List.of(new InputError("team", "expected the team's name as text (or "
                    + "leave it out), got " + Echo.of(given.toString()))));
        }
        TeamNameRule.check(team.id(), team.name(), given == null || given.isNull() ? null : given.stringValue(),
                confirmName).ifPresent(refusal -> {
                    throw new TeamNameMismatchException(refusal);
                });
        ObjectNode input = json.createObjectNode();
        input.put("team", team.name());
        body.properties().forEach(field -> {
            if (!field.getKey().equals("team")) {
                input.set(field.getKey(), field.getValue());
            }
        });
        return input;
    }

    public Slice<HistoryEntry, Integer> history(String teamId, Integer before, int limit) {
        team(teamId);
        Slice<HistoryEntry, Integer> slice = store.history(teamId, before, limit);
        ModelOrder order = new ModelOrder(ruleSet.get());
        return new Slice<>(slice.items().stream().map(entry -> new HistoryEntry(entry.seq(), entry.assessedAt(),
                entry.author(), entry.rulesetVersion(), order.sorted(entry.levels()))).toList(), slice.nextKey());
    }

    public StoredAssessment assessment(String teamId, int seq) {
        team(teamId);
        return store.assessment(teamId, seq)
                .orElseThrow(() -> new NotFoundException("team " + teamId + " has no assessment " + seq));
    }

    /** A stored assessment evaluated again under its own rule-set version; {@code identical} checks the replay. */
    public record Reexplained(String team, int seq, String rulesetVersion, boolean identical,
                              AssessmentResult result) {
    }

    public Reexplained reexplain(String teamId, int seq) {
        StoredAssessment stored = assessment(teamId, seq);
        Advisor advisor = versions.advisor(stored.rulesetVersion());
        TeamProfile claimed = TeamInputReader.read(stored.input(), advisor.catalog(),
                new InputOptions(day(stored.assessedAt()), STORED));
        AssessmentResult result = advisor.assess(ObservedAnswers.merged(claimed, scans.ofAssessment(teamId, seq)
                .map(LatestScans.Latest::report), advisor.catalog(), day(stored.assessedAt())));
        boolean identical = json.readTree(json.writeValueAsString(result)).equals(json.readTree(stored.result()));
        return new Reexplained(teamId, seq, stored.rulesetVersion(), identical, result);
    }

    /**
     * Two stored assessments compared: each input read with the catalog of the version it was assessed under, each
     * stored result as it was returned.
     */
    public AssessmentDiff diff(String teamId, int from, int to) {
        StoredAssessment before = assessment(teamId, from);
        StoredAssessment after = assessment(teamId, to);
        TeamProfile profileBefore = profile(before);
        TeamProfile profileAfter = profile(after);
        return new AssessmentDiff(teamId, from, to,
                new AssessmentDiff.VersionChange(before.rulesetVersion(), after.rulesetVersion(),
                        !before.rulesetVersion().equals(after.rulesetVersion())),
                InputDiff.answers(profileBefore.answers(), profileAfter.answers()),
                InputDiff.context(profileBefore.context(), profileAfter.context()),
                ModelDiff.between(json.readValue(before.result(), AssessmentResult.class),
                        json.readValue(after.result(), AssessmentResult.class)));
    }

    private TeamProfile profile(StoredAssessment stored) {
        return read(stored);
    }

    OffsetDateTime now() {
        // microseconds: what both databases keep, so a stored time reads back equal
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
