package org.maturityadvisor.workbench;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.StoredAssessment;
import org.maturityadvisor.teams.LatestAnswers;
import org.maturityadvisor.teams.TeamFreshness;
import org.maturityadvisor.teams.TeamService;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a team's newest stored assessment rests on for its page: the stored result's own count, and the newest
 * answers as the active rules read them today (as the questionnaire loads them), and the answers stale or going
 * stale soon as {@link TeamFreshness} lists them (the same list as {@code GET /api/teams/{id}/freshness}).
 */
@Component
class TeamEvidencePage {

    private final TeamService teams;
    private final LatestAnswers latest;
    private final ActiveRuleSet ruleSet;
    private final TeamFreshness freshness;
    private final JsonMapper json;

    TeamEvidencePage(TeamService teams, LatestAnswers latest, ActiveRuleSet ruleSet, TeamFreshness freshness,
                     JsonMapper json) {
        this.teams = teams;
        this.latest = latest;
        this.ruleSet = ruleSet;
        this.freshness = freshness;
        this.json = json;
    }

    /** @return null when the team has no stored assessment yet */
    TeamEvidence of(String teamId, String caller) {
        StoredAssessment stored = teams.newest(teamId).orElse(null);
        if (stored == null) {
            return null;
        }
        LocalDate assessedOn = stored.assessedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        AssessmentResult result = json.readValue(stored.result(), AssessmentResult.class);
        return TeamEvidence.of(stored.seq(), assessedOn, latest.of(teamId).answers(), result.restsOn(),
                ruleSet.get().catalog(), freshness.of(teamId), caller);
    }

    /** Claimed vs observed of the team's newest stored result; null when it read no repository (or none is stored). */
    ObservedView observed(String teamId) {
        return teams.newest(teamId).map(stored -> json.readValue(stored.result(), AssessmentResult.class))
                .map(result -> ObservedView.of(result.observed(), ruleSet.get().catalog(),
                        ruleSet.current().detectors()))
                .orElse(null);
    }
}
