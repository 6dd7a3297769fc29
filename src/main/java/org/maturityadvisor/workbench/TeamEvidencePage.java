package org.maturityadvisor.workbench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.lifecycle.RuleSetVersions;
import org.maturityadvisor.store.StoredAssessment;
import org.maturityadvisor.teams.TeamService;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a team's newest stored assessment rests on for its page: the stored input read with the catalog of the
 * version it was assessed under, as of the day it was assessed; freshness read as of today.
 */
@Component
class TeamEvidencePage {

    /** "Goes stale within": the days ahead the team page warns about. */
    static final int SOON_DAYS = 30;

    private final TeamService teams;
    private final RuleSetVersions versions;
    private final JsonMapper json;
    private final Clock clock;

    TeamEvidencePage(TeamService teams, RuleSetVersions versions, JsonMapper json, Clock clock) {
        this.teams = teams;
        this.versions = versions;
        this.json = json;
        this.clock = clock;
    }

    TeamEvidence of(String teamId, int seq, String caller) {
        StoredAssessment stored = teams.assessment(teamId, seq);
        PracticeCatalog catalog = versions.advisor(stored.rulesetVersion()).catalog();
        LocalDate assessedOn = stored.assessedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        var profile = TeamInputReader.read(stored.input(), catalog, InputOptions.on(assessedOn));
        AssessmentResult result = json.readValue(stored.result(), AssessmentResult.class);
        return TeamEvidence.of(seq, assessedOn, profile.answers(), result.restsOn(), catalog,
                LocalDate.now(clock.withZone(ZoneOffset.UTC)), SOON_DAYS, caller);
    }
}
