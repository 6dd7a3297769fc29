package org.maturityadvisor.teams;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.StoredAssessment;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A second person confirms the evidence behind a team's newest answers ({@link FourEyes}): stored as the team's next
 * assessment (the same answers, the items confirmed, the confirmer its author), with an audit entry.
 */
@Service
public class Confirmations {

    private final TeamService teams;
    private final ActiveRuleSet ruleSet;
    private final RuleSetStore audit;
    private final JsonMapper json;

    Confirmations(TeamService teams, ActiveRuleSet ruleSet, RuleSetStore audit, JsonMapper json) {
        this.teams = teams;
        this.ruleSet = ruleSet;
        this.audit = audit;
        this.json = json;
    }

    /** Refused: the caller recorded the evidence, or it is confirmed already (409); every refusal names its field. */
    public static class Refused extends RuntimeException {

        private final transient List<InputError> errors;

        Refused(List<InputError> errors) {
            super(errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
            this.errors = List.copyOf(errors);
        }

        public List<InputError> errors() {
            return errors;
        }
    }

    /** What was confirmed, and the assessment that records it. */
    public record Outcome(List<FourEyes.Confirmed> confirmed, TeamService.Stored stored) {
    }

    /**
     * @throws NotFoundException      no such team, or it has no stored assessment
     * @throws InvalidInputException  a practice not answered or without evidence (400)
     * @throws Refused                four eyes, or nothing left to confirm (409)
     */
    public Outcome confirm(String teamId, FourEyes.Request request, String confirmer) {
        teams.writable(teamId);
        StoredAssessment newest = teams.newest(teamId)
                .orElseThrow(() -> new NotFoundException("team " + teamId + " has no stored assessment yet"));
        OffsetDateTime at = teams.now();
        FourEyes.Decision decision = FourEyes.confirm(teams.read(newest).answers(), request, confirmer,
                at.toInstant());
        List<InputError> bad = decision.refusals().stream().filter(r -> !r.conflict()).map(FourEyes.Refusal::error)
                .toList();
        InvalidInputException.throwIfAny("confirmation", bad);
        if (!decision.refusals().isEmpty()) {
            throw new Refused(decision.refusals().stream().map(FourEyes.Refusal::error).toList());
        }
        ObjectNode input = (ObjectNode) json.readTree(newest.input());
        // each answer keeps the day it had: one as of the newest assessment's day says so, not today
        input.set("answers", RichAnswers.write(RichAnswers.dated(decision.answers(),
                TeamService.day(newest.assessedAt())), TeamService.day(at), input.get("answers"), json));
        Advisor advisor = ruleSet.current().advisor();
        TeamService.Stored stored = teams.store(teamId, input, confirmer, at, advisor);
        audit.audit(confirmer, AuditAction.EVIDENCE_CONFIRMED, stored.rulesetVersion(), "", details(teamId, stored,
                decision.confirmed()), at);
        return new Outcome(decision.confirmed(), stored);
    }

    private static String details(String teamId, TeamService.Stored stored, List<FourEyes.Confirmed> confirmed) {
        return "team " + teamId + ", assessment #" + stored.seq() + ": " + confirmed.stream()
                .map(c -> c.practice() + " (" + c.items() + (c.items() == 1 ? " item" : " items") + ")")
                .collect(Collectors.joining(", "));
    }
}
