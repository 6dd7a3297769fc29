package org.maturityadvisor.ops;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.GroupCounts;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.teams.LatestScans;
import org.maturityadvisor.teams.TeamFreshness;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The {@code maturity_} metrics. Labels are bounded by the rule set (model ids, levels) or by fixed vocabularies
 * (outcomes, audit actions) or by the organisation's units ({@code group}: a unit's id, {@code none} for the teams
 * outside every unit); never a team id or user. Counts of stored data are read from the database at scrape time, so
 * every replica reports the same totals. Archived teams never count.
 */
@Component
class AdvisorMetrics {

    private final MeterRegistry registry;
    private final ActiveRuleSet active;
    private final JdbcTemplate jdbc;
    private final Map<String, Boolean> versionsSeen = new ConcurrentHashMap<>();
    private final MultiGauge auditEvents;
    private final UnitGauges units;

    AdvisorMetrics(MeterRegistry registry, ActiveRuleSet active, JdbcTemplate jdbc, TeamFreshness freshness,
                   LatestScans scans, GroupStore groups, GroupCounts counts, java.time.Clock clock) {
        this.registry = registry;
        this.active = active;
        this.jdbc = jdbc;
        this.units = new UnitGauges(registry, groups, counts, clock);
        Gauge.builder("maturity.assessments.stored", this, m -> m.count("select count(*) from assessment"))
                .description("assessments stored in the database").register(registry);
        Gauge.builder("maturity.teams.stored", this, m -> m.count("select count(*) from team"))
                .description("teams registered").register(registry);
        Gauge.builder("maturity.stale.answers", this, m -> m.measured(freshness::staleAnswers))
                .description("answers stale today (older than their practice's valid for), over every team's newest "
                        + "assessment").register(registry);
        Gauge.builder("maturity.unconfirmed.answers", this, m -> m.measured(freshness::unconfirmedAnswers))
                .description("answers with evidence no second person has confirmed, over every team's newest "
                        + "assessment").register(registry);
        Gauge.builder("maturity.scan.disagreements", this, m -> m.measured(scans::disagreements))
                .description("answers that disagree with their team's newest repository scan (claimed but not found, "
                        + "found but answered lower), over every team's newest assessment").register(registry);
        this.auditEvents = MultiGauge.builder("maturity.ruleset.events")
                .description("rule-set life-cycle events in the audit log, by action (draft, draft-rejected, "
                        + "published, publish-forced, rolled-back, refused, load-refused, ...)").register(registry);
    }

    void assessed(AssessmentResult result, String source) {
        for (ModelAssessment model : result.models()) {
            Counter.builder("maturity.assessments").description("assessments, by model and level reached")
                    .tags("model", model.model(), "level", String.valueOf(model.level()), "source", source)
                    .register(registry).increment();
        }
    }

    void timed(String name, long nanos) {
        Timer.builder(name).description(name.equals("maturity.assessment") ? "assessment latency"
                : "simulation latency").register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    void imported(int rows) {
        Counter.builder("maturity.imports").description("bulk imports").register(registry).increment();
        Counter.builder("maturity.import.rows").description("rows imported").register(registry).increment(rows);
    }

    void drafted(String outcome) {
        Counter.builder("maturity.drafts").description("draft uploads, by outcome (invalid, blocked, publishable)")
                .tag("outcome", outcome).register(registry).increment();
    }

    /** Called at scrape time: the active version as an info gauge (1 for the active one, 0 for those before). */
    void refresh() {
        String version = active.current().version();
        if (versionsSeen.putIfAbsent(version, true) == null) {
            Gauge.builder("maturity.ruleset.active.info", active, a -> a.current().version().equals(version) ? 1 : 0)
                    .description("the rule-set version being served (1) and those served before (0)")
                    .tag("version", version).register(registry);
        }
        List<MultiGauge.Row<?>> rows = jdbc.queryForList("select action, count(*) as n from audit_log group by action")
                .stream().<MultiGauge.Row<?>>map(row -> MultiGauge.Row.of(Tags.of("action",
                        String.valueOf(row.get("action"))), ((Number) row.get("n")).doubleValue())).toList();
        auditEvents.register(rows, true);
        units.refresh();
    }

    private double measured(java.util.function.IntSupplier count) {
        try {
            return count.getAsInt();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private double count(String sql) {
        try {
            Number n = jdbc.queryForObject(sql, Number.class);
            return n == null ? 0 : n.doubleValue();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
