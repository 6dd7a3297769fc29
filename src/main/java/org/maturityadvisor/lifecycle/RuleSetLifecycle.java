package org.maturityadvisor.lifecycle;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.maturityadvisor.ActiveRuleSet;
import org.maturityadvisor.AdvisorProperties;
import org.maturityadvisor.Limits;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.kie.RuleFile;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleSetArchive;
import org.maturityadvisor.ruleset.DraftFiles;
import org.maturityadvisor.ruleset.RuleSetValidator;
import org.maturityadvisor.ruleset.ValidationReport;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.scenario.ScenarioOutcome;
import org.maturityadvisor.scenario.ScenarioRunner;
import org.maturityadvisor.simulation.ModelDiff;
import org.maturityadvisor.store.LatestInputs;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.StoredRuleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts, publishing and rollback. A draft is checked off to the side (validated, gated by the scenarios, previewed
 * against the stored teams) while requests go on being served by the active version; publishing records the new
 * active version for every replica and then swaps it in here in one atomic step.
 */
@Service
public class RuleSetLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetLifecycle.class);

    private final ActiveRuleSet active;
    private final RuleSetVersions versions;
    private final RuleSetStore store;
    private final LatestInputs teams;
    private final JsonMapper json;
    private final Clock clock;
    private final Path scenariosDir;
    private final Limits.Text text;

    RuleSetLifecycle(ActiveRuleSet active, RuleSetVersions versions, RuleSetStore store, LatestInputs teams,
                     JsonMapper json, Clock clock, AdvisorProperties properties, Limits limits) {
        this.text = limits.text();
        this.active = active;
        this.versions = versions;
        this.store = store;
        this.teams = teams;
        this.json = json;
        this.clock = clock;
        this.scenariosDir = properties.scenariosDir();
    }

    /** Refused: the caller may not do this (not an admin, no reason, gate closed, a stale draft, ...). */
    public static class Refused extends RuntimeException {

        /** Why: the state of the versions forbids it, the caller may not, or the request is incomplete. */
        public enum Kind { CONFLICT, FORBIDDEN, INVALID }

        private final Kind kind;

        public Refused(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Refused(String message) {
            this(Kind.CONFLICT, message);
        }

        public Kind kind() {
            return kind;
        }
    }

    /**
     * Checks a draft (the active rule set with some files replaced, or a whole new one) and keeps it when valid.
     * Every cell is checked against the active version's tables before anything is compiled; an invalid draft is
     * reported and not kept: it can never be published.
     */
    public DraftReport draft(DraftFiles.Draft files, String author, String comment) {
        text.author("author", author); // before any work: a comment too long for its column is the caller's mistake
        text.comment("comment", comment);
        long start = System.nanoTime();
        LoadedRuleSet current = active.current(); // read once: a publish meanwhile must not mix two versions
        ValidationReport validation = RuleSetValidator.validate(files, current.files());
        long validated = millisSince(start);
        String version = validation.rulesetVersion();
        if (!validation.valid()) {
            store.audit(author, "draft-rejected", version, comment, validation.findings().stream()
                    .filter(Finding::refuses).count() + " problem(s), first: " + validation.findings().stream()
                    .filter(Finding::refuses).findFirst().map(Finding::toString).orElse(""), now());
            return new DraftReport(null, version, current.version(), comment, false, validation.findings(), null,
                    null, false,
                    new DraftReport.Timings(validated, 0, 0));
        }
        LoadedRuleSet draft = new LoadedRuleSet(files.files(), validation.advisor());
        List<Scenario> scenarios = ScenarioFiles.read(scenariosDir);
        long gateStart = System.nanoTime();
        DraftReport.Gate gate = gate(draft.advisor(), scenarios);
        long gated = millisSince(gateStart);
        long impactStart = System.nanoTime();
        DraftReport.Impact impact = impact(current.advisor(), draft.advisor(), scenarios);
        long previewed = millisSince(impactStart);
        RuleSetStore.Recorded recorded = versions.keep(draft, "draft", author, comment);
        DraftReport report = new DraftReport(recorded.seq(), version, current.version(), comment, true,
                validation.findings(), gate,
                impact, gate.open(), new DraftReport.Timings(validated, gated, previewed));
        store.draft(version, json.writeValueAsString(report));
        store.audit(author, "draft", version, comment, gate.open() ? "valid; every scenario passes"
                : "valid; " + gate.failures().size() + " scenario(s) fail", now());
        return report;
    }

    /** Runs every scenario on the draft. */
    private static DraftReport.Gate gate(Advisor draft, List<Scenario> scenarios) {
        List<ScenarioOutcome> outcomes = ScenarioRunner.run(draft, scenarios);
        List<ScenarioOutcome> failed = outcomes.stream().filter(outcome -> !outcome.passed()).toList();
        return new DraftReport.Gate(outcomes.size(), outcomes.size() - failed.size(), failed);
    }

    /** Every stored team's newest input and every scenario's team, assessed by both versions. */
    private DraftReport.Impact impact(Advisor current, Advisor draft, List<Scenario> scenarios) {
        List<DraftReport.Change> teamChanges = new ArrayList<>();
        int[] checked = {0};
        teams.each(team -> {
            checked[0]++;
            try {
                changeOf(team.teamId(), team.name(), TeamInputReader.parse(team.input()), current, draft)
                        .ifPresent(teamChanges::add);
            } catch (InvalidInputException e) {
                // the draft's catalog no longer accepts the stored answers: that is a change too
                teamChanges.add(new DraftReport.Change(team.teamId(), team.name() + " (answers no longer valid: "
                        + e.errors().get(0).field() + ")", List.of()));
            }
        });
        List<DraftReport.Change> scenarioChanges = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            try {
                changeOf(scenario.file(), scenario.name(), scenario.input(), current, draft)
                        .ifPresent(scenarioChanges::add);
            } catch (InvalidInputException e) {
                scenarioChanges.add(new DraftReport.Change(scenario.file(), scenario.name()
                        + " (input no longer valid)", List.of()));
            }
        }
        return new DraftReport.Impact(current.version(), checked[0], scenarios.size(), teamChanges, scenarioChanges);
    }

    private static Optional<DraftReport.Change> changeOf(String id, String name, JsonNode input, Advisor current,
                                                        Advisor draft) {
        TeamProfile before = TeamInputReader.read(input, current.catalog());
        TeamProfile after = TeamInputReader.read(input, draft.catalog());
        AssessmentResult was = current.assess(before);
        AssessmentResult now = draft.assess(after);
        Map<String, ModelAssessment> previous = new LinkedHashMap<>();
        was.models().forEach(model -> previous.put(model.model(), model));
        List<DraftReport.ModelImpact> moved = new ArrayList<>();
        for (ModelAssessment model : now.models()) {
            ModelAssessment old = previous.get(model.model());
            if (old != null && (old.level() != model.level()
                    || !Objects.equals(old.score(), model.score()))) {
                moved.add(new DraftReport.ModelImpact(model.model(), old.level(), model.level(), old.score(),
                        model.score(), responsible(old, model)));
            }
        }
        return moved.isEmpty() ? Optional.empty() : Optional.of(new DraftReport.Change(id, name, moved));
    }

    private static List<DraftReport.Responsible> responsible(ModelAssessment before, ModelAssessment after) {
        List<DraftReport.Responsible> responsible = new ArrayList<>();
        if (after.level() < before.level()) {
            blockers(after, after.level(), before.level(), "now blocks level ", responsible);
        } else if (after.level() > before.level()) {
            blockers(before, before.level(), after.level(), "no longer blocks level ", responsible);
        } else {
            ModelDiff diff = ModelDiff.between(before, after);
            diff.criteriaNewlyMet().forEach(id -> responsible.add(new DraftReport.Responsible(id, after.level(), null,
                    null, null, "newly met")));
            diff.criteriaLost().forEach(id -> responsible.add(new DraftReport.Responsible(id, after.level(), null,
                    null, null, "no longer met")));
        }
        return responsible;
    }

    /** The blockers listed under the levels in (low, high] of a result. */
    private static void blockers(ModelAssessment result, int low, int high, String effect,
                                 List<DraftReport.Responsible> into) {
        result.blockedLevels().stream().filter(level -> level.level() > low && level.level() <= high)
                .forEach(level -> level.blockers().forEach(blocker -> into.add(new DraftReport.Responsible(
                        blocker.criterion(), level.level(), blocker.practice(), blocker.observed(),
                        blocker.required(), effect + level.level()))));
    }

    /**
     * Makes a checked draft (or an earlier version) active. The draft must be built on the active version (or be
     * rebased onto it), and its gate open, unless an admin forces it with a reason, which the audit log keeps.
     */
    public StoredRuleSet publish(String seqOrHash, String actor, boolean mayForce, boolean force, String reason) {
        return publish(seqOrHash, actor, mayForce, force, reason, false);
    }

    /**
     * @param mayForce whether the actor holds the admin role
     * @param rebase apply the draft's uploaded files to the version active now, check and gate them again, and publish
     *               that instead, when the draft was built on a version no longer active
     */
    public StoredRuleSet publish(String seqOrHash, String actor, boolean mayForce, boolean force, String reason,
                                 boolean rebase) {
        text.author("author", actor);
        text.reason("reason", reason);
        StoredRuleSet version = version(seqOrHash);
        DraftReport report = reportOf(version.hash()).orElse(null);
        if (report == null && !version.state().equals("published")) {
            throw new Refused("version " + version.seq() + " was never checked as a draft; upload it as a draft first");
        }
        String current = activeVersion();
        if (rebase && report != null && !current.equals(report.baseVersion()) && !current.equals(version.hash())) {
            return publishRebased(version, report, current, actor, mayForce, force, reason);
        }
        ActivationPolicy.Request request = new ActivationPolicy.Request(actor, mayForce, force, reason);
        ActivationPolicy.Candidate candidate = new ActivationPolicy.Candidate(version.seq(), version.hash(), report,
                current);
        ActivationPolicy.publish(candidate, request).ifPresent(refusal -> {
            throw refusal;
        });
        LoadedRuleSet next = versions.load(version.hash()); // checked and compiled off to the side, before anything changes
        String action = candidate.gateOpen() ? "publish" : "publish-forced";
        store.activate(version.hash(), actor, action, request.why().isEmpty() ? "published" : request.why(),
                report == null ? null : "gate: " + report.gate().passed() + "/" + report.gate().scenarios(), now());
        active.swap(next);
        LOG.info("{} published rule set {} ({})", actor, version.seq(), version.hash());
        return version(version.hash());
    }

    /** The draft's own changes (files it changed, added or removed against its base) applied to the active version. */
    private StoredRuleSet publishRebased(StoredRuleSet version, DraftReport report, String current, String actor,
                                         boolean mayForce, boolean force, String reason) {
        if (report.baseVersion() == null) {
            throw new Refused("version " + version.seq() + " does not record the version it was drafted on, so its "
                    + "own changes are unknown; upload the draft again");
        }
        List<RuleFile> base = files(report.baseVersion());
        List<RuleFile> draft = files(version.hash());
        List<RuleFile> now = active.current().files();
        Rebase.Result rebased = Rebase.apply(base, draft, now);
        if (!rebased.conflicts().isEmpty()) {
            throw new Refused("version " + version.seq() + " and the active version " + current + " both changed "
                    + String.join(", ", rebased.conflicts()) + " since " + report.baseVersion()
                    + "; upload your edit of the active version's file instead");
        }
        DraftReport again = draft(new DraftFiles.Draft(rebased.files(), List.of()), actor, "version " + version.seq()
                + " rebased onto " + current + (report.comment() == null || report.comment().isBlank() ? ""
                : ": " + report.comment()));
        if (!again.valid()) {
            throw new Refused(Refused.Kind.INVALID, "version " + version.seq() + " rebased onto " + current
                    + " is not valid: " + again.findings().stream().filter(Finding::refuses).findFirst()
                    .map(Finding::toString).orElse("") + "; upload a draft built on the active version");
        }
        return publish(String.valueOf(again.seq()), actor, mayForce, force, reason, false);
    }

    /**
     * Undoes the publish of the active version: the version active before it becomes active again, under the same
     * gate as a publish (a version whose gate failed comes back only by an admin's force with a reason).
     *
     * @param mayForce whether the actor holds the admin role
     */
    public StoredRuleSet rollback(String seqOrHash, String actor, boolean mayForce, boolean force, String reason) {
        text.author("author", actor);
        text.reason("reason", reason);
        StoredRuleSet version = version(seqOrHash);
        String current = activeVersion();
        if (!current.equals(version.hash())) {
            throw new Refused("version " + version.seq() + " is not the active one (" + current
                    + "); only the active version can be rolled back");
        }
        String previous = previousOf(current).orElseThrow(() -> new Refused("no earlier version was active before "
                + version.seq() + "; nothing to roll back to"));
        StoredRuleSet earlier = version(previous);
        ActivationPolicy.Request request = new ActivationPolicy.Request(actor, mayForce, force, reason);
        ActivationPolicy.Candidate candidate = new ActivationPolicy.Candidate(earlier.seq(), previous,
                reportOf(previous).orElse(null), current);
        ActivationPolicy.rollback(candidate, request).ifPresent(refusal -> {
            throw refusal;
        });
        LoadedRuleSet back = versions.load(previous);
        String why = request.why().isEmpty() ? "rolled back " + version.seq() : request.why();
        store.activate(previous, actor, candidate.gateOpen() ? "rollback" : "rollback-forced", why,
                "from " + current, now());
        active.swap(back);
        return version(previous);
    }

    /** The version that was active before {@code current} became active the last time. */
    private Optional<String> previousOf(String current) {
        boolean seenCurrent = false;
        for (var activation : store.activations(1000)) {
            if (activation.hash().equals(current)) {
                seenCurrent = true;
            } else if (seenCurrent) {
                return Optional.of(activation.hash());
            }
        }
        return Optional.empty();
    }

    private String activeVersion() {
        return store.activeHash().orElse(active.get().version());
    }

    private Optional<DraftReport> reportOf(String hash) {
        return store.report(hash).map(text -> json.readValue(text, DraftReport.class));
    }

    private List<RuleFile> files(String hash) {
        return RuleSetArchive.unpack(store.content(hash).orElseThrow(() -> new NotFoundException(
                "rule-set version " + hash + " is not stored")));
    }

    public StoredRuleSet version(String seqOrHash) {
        return store.version(seqOrHash)
                .orElseThrow(() -> new NotFoundException("no rule-set version " + seqOrHash));
    }

    public DraftReport report(String seqOrHash) {
        StoredRuleSet version = version(seqOrHash);
        return store.report(version.hash()).map(text -> json.readValue(text, DraftReport.class))
                .orElseThrow(() -> new NotFoundException("version " + version.seq() + " has no draft report"
                        + " (it was loaded from the rules directory, not uploaded)"));
    }

    public byte[] content(String seqOrHash) {
        StoredRuleSet version = version(seqOrHash);
        return store.content(version.hash())
                .orElseThrow(() -> new NotFoundException("version " + version.seq() + " has no stored content"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
