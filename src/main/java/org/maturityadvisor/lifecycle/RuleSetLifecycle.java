package org.maturityadvisor.lifecycle;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.config.AdvisorProperties;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.coverage.CoverageCollector;
import org.maturityadvisor.coverage.Exercised;
import org.maturityadvisor.coverage.ScenarioCoverage;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.input.StrictText;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleSetArchive;
import org.maturityadvisor.ruleset.DraftFiles;
import org.maturityadvisor.ruleset.RuleSetValidator;
import org.maturityadvisor.ruleset.TableLimits;
import org.maturityadvisor.ruleset.ValidationReport;
import org.maturityadvisor.scan.DetectorDiff;
import org.maturityadvisor.scenario.ScanCase;
import org.maturityadvisor.scenario.ScanCaseRunner;
import org.maturityadvisor.scenario.ScanCases;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.scenario.ScenarioOutcome;
import org.maturityadvisor.scenario.ScenarioRunner;
import org.maturityadvisor.store.Activation;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.LatestInputs;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.StoredRuleSet;
import org.maturityadvisor.store.VersionOrigin;
import org.maturityadvisor.store.VersionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

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
    private final JsonMapper json;
    private final Clock clock;
    private final Path scenariosDir;
    private final MaturityLimits.Text text;
    private final TableLimits tables;
    private final int findingsListed;
    private final ImpactPreview preview;
    private final Object switching = new Object();

    RuleSetLifecycle(ActiveRuleSet active, RuleSetVersions versions, RuleSetStore store, LatestInputs teams,
                     JsonMapper json, Clock clock, AdvisorProperties properties, MaturityLimits limits) {
        this.text = limits.text();
        this.tables = limits.tables();
        this.findingsListed = limits.errors();
        this.active = active;
        this.versions = versions;
        this.store = store;
        this.preview = new ImpactPreview(teams, this::earlier, Runtime.getRuntime().availableProcessors());
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
    public DraftReport draft(DraftFiles.Draft files, String author, String given) {
        text.author("author", author); // before any work: a comment too long for its column is the caller's mistake
        String comment = StrictText.normalized(given);
        text.comment("comment", comment);
        long start = System.nanoTime();
        LoadedRuleSet current = active.current(); // read once: a publish meanwhile must not mix two versions
        ValidationReport validation = RuleSetValidator.validate(files, current.files(), tables);
        long validated = millisSince(start);
        String version = validation.rulesetVersion();
        if (!validation.valid()) {
            long problems = validation.findings().stream().filter(Finding::refuses).count();
            store.audit(author, AuditAction.DRAFT_REJECTED, version, comment, (problems == 1 ? "1 problem"
                    : problems + " problems") + "; the first: " + validation.findings().stream()
                    .filter(Finding::refuses).findFirst().map(Finding::sentence).orElse(""), now());
            // listed up to maturity.limits.errors, as a 400 lists its problems: a hostile table can make 100,000s
            List<Finding> findings = validation.findings();
            List<Finding> listed = findings.subList(0, Math.min(findings.size(), findingsListed));
            return new DraftReport(null, version, current.version(), comment, false, listed, null, null, false,
                    new DraftReport.Timings(validated, 0, 0), findings.size() - listed.size());
        }
        LoadedRuleSet draft = new LoadedRuleSet(files.files(), validation.advisor());
        List<Scenario> scenarios = ScenarioFiles.read(scenariosDir);
        long gateStart = System.nanoTime();
        Map<Scenario, AssessmentResult> assessed = new IdentityHashMap<>();
        List<Exercised> exercised = new ArrayList<>();
        DraftReport.Gate gate = gate(draft, scenarios, ScanCases.read(scenariosDir), assessed, exercised);
        ScenarioCoverage coverage = DraftCoverage.withWarnings(CoverageCollector.of(version,
                draft.advisor().definitions(), exercised), current.files(), draft.files());
        long gated = millisSince(gateStart);
        long impactStart = System.nanoTime();
        ImpactPreview.Preview preview = this.preview.of(current, draft, scenarios, assessed);
        DraftReport.Impact impact = preview.impact()
                .withDetectors(DetectorDiff.between(current.detectors(), draft.detectors()));
        long previewed = millisSince(impactStart);
        LOG.info("impact preview of {}: {} teams and {} scenarios checked, {} assessed under the draft and {} under "
                + "the active version, {} changed ({}) in {} ms", version, impact.teamsChecked(),
                impact.scenariosChecked(), preview.draftAssessed(), preview.activeAssessed(),
                impact.teams().size() + impact.scenarios().size(), preview.scope(), previewed);
        RuleSetStore.Recorded recorded = versions.keep(draft, VersionOrigin.DRAFT, author, comment);
        DraftReport report = new DraftReport(recorded.seq(), version, current.version(), comment, true,
                validation.findings(), gate,
                impact, gate.open(), new DraftReport.Timings(validated, gated, previewed), 0, coverage);
        store.draft(version, json.writeValueAsString(report));
        store.audit(author, AuditAction.DRAFT, version, comment, gate.open() ? "valid; every scenario passes"
                : "valid; " + gate.failures().size() + " scenario(s) fail", now());
        return report;
    }

    /**
     * Runs every scenario on the draft, keeping each scenario's team assessed for the impact preview and every result
     * compared for the coverage, and every scan
     * case on the draft's detectors: a detector edit that breaks a case closes the gate like a rule edit.
     */
    private static DraftReport.Gate gate(LoadedRuleSet draft, List<Scenario> scenarios, List<ScanCase> scanCases,
                                         Map<Scenario, AssessmentResult> assessed, List<Exercised> exercised) {
        List<ScenarioOutcome> outcomes = new ArrayList<>(ScenarioRunner.run(draft.advisor(), scenarios,
                assessed::put, (scenario, result) -> exercised.add(Exercised.of(scenario, result))));
        outcomes.addAll(ScanCaseRunner.run(draft.detectors(), draft.version(), scanCases));
        List<ScenarioOutcome> failed = outcomes.stream().filter(outcome -> !outcome.passed()).toList();
        return new DraftReport.Gate(outcomes.size(), outcomes.size() - failed.size(), failed);
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
        if (neverChecked(version, report)) {
            throw new Refused(neverCheckedReason(version));
        }
        Optional<Activation> base = store.newestActivation(); // what is replaced: read once, compared at the switch
        String current = activeVersion(base);
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
        AuditAction action = candidate.gateOpen() ? AuditAction.PUBLISH : AuditAction.PUBLISH_FORCED;
        switchTo(base, next, "publish version " + version.seq(), () -> store.activateIf(base.orElse(null),
                version.hash(), actor, action, request.why().isEmpty() ? "published" : request.why(),
                report == null ? null : "gate: " + report.gate().passed() + "/" + report.gate().scenarios(), now()));
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
                    .map(Finding::sentence).orElse("") + "; upload a draft built on the active version");
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
        Optional<Activation> base = store.newestActivation(); // what is replaced: read once, compared at the switch
        String current = activeVersion(base);
        if (!current.equals(version.hash())) {
            throw new Refused("version " + version.seq() + " is not the active one (" + current
                    + "); only the active version can be rolled back");
        }
        String previous = previousOf(current).orElseThrow(() -> new Refused(nothingBefore(version)));
        StoredRuleSet earlier = version(previous);
        ActivationPolicy.Request request = new ActivationPolicy.Request(actor, mayForce, force, reason);
        ActivationPolicy.Candidate candidate = new ActivationPolicy.Candidate(earlier.seq(), previous,
                reportOf(previous).orElse(null), current);
        ActivationPolicy.rollback(candidate, request).ifPresent(refusal -> {
            throw refusal;
        });
        LoadedRuleSet back = versions.load(previous);
        String why = request.why().isEmpty() ? "rolled back " + version.seq() : request.why();
        switchTo(base, back, "roll back version " + version.seq(), () -> store.activateIf(base.orElse(null),
                previous, actor, candidate.gateOpen() ? AuditAction.ROLLBACK : AuditAction.ROLLBACK_FORCED, why, "from " + current,
                now()));
        return version(previous);
    }

    /**
     * What a page may offer a caller for this version, by the checks {@link #publish} and {@link #rollback} make:
     * publishing a version that is not active, rolling back the active one.
     *
     * @param admin whether the caller holds the admin role (may force past a closed gate)
     */
    public Offer offer(String seqOrHash, boolean admin) {
        StoredRuleSet version = version(seqOrHash);
        String current = activeVersion(store.newestActivation());
        if (current.equals(version.hash())) {
            Offer.Choice rollback = previousOf(current).map(previous -> ActivationPolicy.rollbackChoice(
                    new ActivationPolicy.Candidate(version(previous).seq(), previous, reportOf(previous).orElse(null),
                            current), admin))
                    .orElseGet(() -> new Offer.Choice(Offer.Way.REFUSED, nothingBefore(version)));
            return new Offer(Offer.Choice.NOT_APPLICABLE, rollback);
        }
        DraftReport report = reportOf(version.hash()).orElse(null);
        Offer.Choice publish = neverChecked(version, report)
                ? new Offer.Choice(Offer.Way.REFUSED, neverCheckedReason(version))
                : ActivationPolicy.publishChoice(new ActivationPolicy.Candidate(version.seq(), version.hash(), report,
                        current), admin);
        return new Offer(publish, Offer.Choice.NOT_APPLICABLE);
    }

    /** The version active before this one became active (what a rollback of it would bring back), if any. */
    public Optional<StoredRuleSet> predecessor(String seqOrHash) {
        return previousOf(version(seqOrHash).hash()).map(this::version);
    }

    private static boolean neverChecked(StoredRuleSet version, DraftReport report) {
        return report == null && version.state() != VersionState.PUBLISHED;
    }

    private static String neverCheckedReason(StoredRuleSet version) {
        return "version " + version.seq() + " was never checked as a draft; upload it as a draft first";
    }

    private static String nothingBefore(StoredRuleSet version) {
        return "no earlier version was active before " + version.seq() + "; nothing to roll back to";
    }

    /**
     * Records {@code next} as active for every replica, only if {@code base} is still the newest activation (the
     * database compares and sets), then serves it here. Of two publishes or rollbacks from the same active version,
     * on this replica or another, one wins and the other is refused naming the winner, having changed nothing. The
     * lock keeps this replica's swaps in the order the database recorded them.
     */
    private void switchTo(Optional<Activation> base, LoadedRuleSet next, String what, Runnable activate) {
        synchronized (switching) {
            try {
                activate.run();
            } catch (RuleSetStore.ActiveVersionChanged raced) {
                Activation winner = raced.winner();
                String seq = store.seqOf(winner.hash()).map(String::valueOf).orElse("?");
                throw new Refused("cannot " + what + ": the active version changed meanwhile from "
                        + base.map(Activation::hash).orElse("none") + " to version " + seq + " (" + winner.hash()
                        + "), by " + winner.actor() + " (" + winner.action().id() + "); nothing was changed. Check the "
                        + "active version and try again");
            }
            active.swap(next);
        }
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

    private String activeVersion(Optional<Activation> newest) {
        return newest.map(Activation::hash).orElse(active.get().version());
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

    /** A stored version, compiled (and kept compiled), for the impact preview; empty when it no longer loads. */
    private Optional<LoadedRuleSet> earlier(String version) {
        try {
            return Optional.of(versions.loadKept(version));
        } catch (RuntimeException e) {
            LOG.info("impact preview: the stored results of {} are not used ({})", version, e.getMessage());
            return Optional.empty();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
