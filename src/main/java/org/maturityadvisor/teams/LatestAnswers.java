package org.maturityadvisor.teams;


import java.time.LocalDate;
import java.time.ZoneOffset;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.lifecycle.RuleSetVersions;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.StoredAssessment;
import org.maturityadvisor.store.StoredTeam;
import org.maturityadvisor.store.TeamStore;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.springframework.stereotype.Component;

/**
 * A team's newest stored answers, as the active rules read them: the input is read with the catalog of the version
 * it was assessed under, and an answer the active catalog no longer has (a practice or a value removed since) is left
 * unanswered, as a new questionnaire would show it.
 */
@Component
public class LatestAnswers {

    private final TeamStore store;
    private final RuleSetVersions versions;
    private final ActiveRuleSet ruleSet;

    LatestAnswers(TeamStore store, RuleSetVersions versions, ActiveRuleSet ruleSet) {
        this.store = store;
        this.versions = versions;
        this.ruleSet = ruleSet;
    }

    /** @throws NotFoundException when there is no such team, or it has no stored assessment yet */
    public TeamProfile of(String teamId) {
        StoredTeam team = store.team(teamId).orElseThrow(() -> new NotFoundException("no team " + teamId));
        int newest = store.history(teamId, null, 1).items().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("team " + teamId + " has no stored assessment yet"))
                .seq();
        StoredAssessment stored = store.assessment(teamId, newest).orElseThrow();
        LocalDate day = TeamService.day(stored.assessedAt());
        TeamProfile profile = TeamInputReader.read(stored.input(),
                versions.advisor(stored.rulesetVersion()).catalog(), new InputOptions(day, TeamService.STORED));
        // a plain answer is as of its assessment's day, which today's judgement must know to find it stale
        return new TeamProfile(team.name(), profile.context(),
                underActive(RichAnswers.dated(profile.answers(), day), ruleSet.get()));
    }

    /**
     * The answers the active catalog still has (practice and value, or "not applicable"), typed by its practices and
     * judged fresh or stale today by its Valid for, with their evidence; the rest unanswered.
     */
    private static Answers underActive(Answers answers, Advisor active) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Answers kept = Answers.none();
        for (Answer answer : answers.all()) {
            Practice practice = active.catalog().find(answer.practice())
                    .filter(p -> answer.notApplicable() || p.rankOf(answer.value()).isPresent()).orElse(null);
            if (practice != null) {
                kept = kept.with(answer.notApplicable() ? practice.notApplicable(answer.details(), today)
                        : practice.answer(answer.value(), answer.details(), today));
            }
        }
        return kept;
    }
}
