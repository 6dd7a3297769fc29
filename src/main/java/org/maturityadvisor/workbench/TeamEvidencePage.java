package org.maturityadvisor.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.config.EvidenceSettings;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.StoredAssessment;
import org.maturityadvisor.teams.LatestAnswers;
import org.maturityadvisor.teams.TeamService;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a team's newest stored assessment rests on for its page: the stored result's own count, and the newest
 * answers as the active rules read them today (as the questionnaire loads them), so freshness is today's.
 */
@Component
class TeamEvidencePage {

    private final TeamService teams;
    private final LatestAnswers latest;
    private final ActiveRuleSet ruleSet;
    private final EvidenceSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    TeamEvidencePage(TeamService teams, LatestAnswers latest, ActiveRuleSet ruleSet, EvidenceSettings settings,
                     JsonMapper json, Clock clock) {
        this.teams = teams;
        this.latest = latest;
        this.ruleSet = ruleSet;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
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
                ruleSet.get().catalog(), LocalDate.now(clock.withZone(ZoneOffset.UTC)), settings.soonDays(), caller);
    }
}
