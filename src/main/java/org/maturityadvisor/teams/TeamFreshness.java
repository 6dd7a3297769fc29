package org.maturityadvisor.teams;

import java.time.LocalDate;
import java.util.List;

import org.maturityadvisor.config.EvidenceSettings;
import org.maturityadvisor.store.StoredAssessment;
import org.maturityadvisor.store.TeamStore;
import org.springframework.stereotype.Service;

/**
 * A team's answers that are stale today or turn stale within {@code maturity.evidence.soon-days}: what the team page
 * lists and {@code GET /api/teams/{id}/freshness} answers. Read from the newest assessment, with the "valid for" of
 * the rule-set version it was assessed under (as its stored result and the portfolio's counts were).
 */
@Service
public class TeamFreshness {

    private final TeamService teams;
    private final TeamStore store;
    private final int soonDays;

    TeamFreshness(TeamService teams, TeamStore store, EvidenceSettings settings) {
        this.teams = teams;
        this.store = store;
        this.soonDays = settings.soonDays();
    }

    /**
     * @param seq      the newest assessment's number; null when the team has none (then {@code answers} is empty)
     * @param today    the day the ages are counted on (UTC)
     * @param soonDays how far ahead "goes stale soon" looks
     * @param answers  the stale answers and those going stale soon, the soonest first
     */
    public record Listing(String team, Integer seq, LocalDate today, int soonDays, List<AnswerAges.AnswerAge> answers) {

        public Listing {
            answers = List.copyOf(answers);
        }
    }

    /** @throws org.maturityadvisor.store.NotFoundException when there is no such team */
    public Listing of(String teamId) {
        teams.team(teamId);
        LocalDate today = TeamService.day(teams.now());
        StoredAssessment newest = teams.newest(teamId).orElse(null);
        if (newest == null) {
            return new Listing(teamId, null, today, soonDays, List.of());
        }
        return new Listing(teamId, newest.seq(), today, soonDays, AnswerAges.ages(teams.read(newest).answers(),
                teams.catalogOf(newest), TeamService.day(newest.assessedAt()), today, soonDays));
    }

    /** Answers stale today over every team's newest assessment: the gauge {@code maturity_stale_answers}. */
    public int staleAnswers() {
        return store.staleAnswers(TeamService.day(teams.now()));
    }

    /** Answers evidenced but not confirmed over every team's newest assessment: {@code maturity_unconfirmed_answers}. */
    public int unconfirmedAnswers() {
        return store.unconfirmedAnswers();
    }
}
