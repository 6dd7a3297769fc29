package org.maturityadvisor.teams;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.maturityadvisor.config.RetentionSettings;
import org.maturityadvisor.store.TeamLifecycleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention setting at work: assessments made more than {@code maturity.retention.assessment-days} ago are
 * removed, each team's newest always kept, once at start and then on {@code maturity.retention.schedule}. Every
 * replica runs it; the runs take turns in the database ({@link TeamLifecycleStore#purge}), so two at once remove each
 * assessment once and write one audit entry.
 */
@Component
public class TeamRetention {

    private static final Logger LOG = LoggerFactory.getLogger(TeamRetention.class);
    static final String ACTOR = "system (retention)";

    private final RetentionSettings settings;
    private final TeamLifecycleStore store;
    private final Clock clock;

    TeamRetention(RetentionSettings settings, TeamLifecycleStore store, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.clock = clock;
    }

    /** One run: what it removed; empty when the setting keeps everything. */
    public Optional<TeamLifecycleStore.Purged> run() {
        if (settings.keepsEverything()) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        TeamLifecycleStore.Purged purged = store.purge(now.minusDays(settings.assessmentDays()),
                settings.assessmentDays(), ACTOR, now);
        if (purged.assessments() > 0) {
            LOG.info("Retention removed {} assessment(s) of {} team(s) older than {} days", purged.assessments(),
                    purged.teams(), settings.assessmentDays());
        }
        return Optional.of(purged);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        onSchedule(); // a failed run must not stop the service from starting
    }

    @Scheduled(cron = "${maturity.retention.schedule:0 30 3 * * *}")
    void onSchedule() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.error("Retention run failed; nothing of it was removed, the next run tries again", e);
        }
    }
}
