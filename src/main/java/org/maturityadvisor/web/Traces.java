package org.maturityadvisor.web;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.lifecycle.RuleSetVersions;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.ModelTables;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.teams.TeamService;
import org.maturityadvisor.trace.TableTrace;
import org.springframework.stereotype.Component;

/**
 * Traces on the table for the API and the workbench: a fresh result on the active rule set's tables, or a stored
 * assessment explained again under its own rule-set version, on that version's tables. An unknown model is a 404
 * naming it.
 */
@Component
public class Traces {

    private final ActiveRuleSet active;
    private final RuleSetVersions versions;
    private final TeamService teams;

    Traces(ActiveRuleSet active, RuleSetVersions versions, TeamService teams) {
        this.active = active;
        this.versions = versions;
        this.teams = teams;
    }

    /** A team input (the body of POST /api/assessments) assessed and traced on the active tables. */
    public TableTrace ofInput(String body, String model) {
        LoadedRuleSet rules = active.current();
        return of(rules, rules.advisor().assess(TeamInputReader.read(body, rules.advisor().catalog())), model);
    }

    /** A team already read by the active rules, assessed and traced on the active tables. */
    public TableTrace ofTeam(TeamProfile team, String model) {
        LoadedRuleSet rules = active.current();
        return of(rules, rules.advisor().assess(team), model);
    }

    /** A stored assessment, explained again under its own rule-set version, on that version's tables. */
    public TableTrace ofStored(String teamId, int seq, String model) {
        TeamService.Reexplained again = teams.reexplain(teamId, seq);
        LoadedRuleSet current = active.current();
        LoadedRuleSet rules = current.version().equals(again.rulesetVersion()) ? current
                : versions.load(again.rulesetVersion());
        return of(rules, again.result(), model);
    }

    static TableTrace of(LoadedRuleSet rules, AssessmentResult result, String model) {
        return ModelTables.trace(rules, result, model).orElseThrow(() -> new NotFoundException("model " + model
                + " is not a model of rule-set version " + rules.version() + "; its models: " + String.join(", ",
                rules.advisor().models().stream().map(m -> m.id()).toList())));
    }
}
