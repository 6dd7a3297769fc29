package org.maturityadvisor.kie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;
import org.maturityadvisor.assessment.Classification;
import org.maturityadvisor.assessment.CriterionResult;
import org.maturityadvisor.assessment.RuleEngine;
import org.maturityadvisor.assessment.ModelScore;
import org.maturityadvisor.assessment.RuleFindings;
import org.maturityadvisor.assessment.SectionScore;
import org.maturityadvisor.assessment.Shortfall;
import org.maturityadvisor.assessment.TargetAdvice;
import org.maturityadvisor.assessment.TargetMatch;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.MaturityModel;

/**
 * Evaluates teams on one compiled knowledge base. Each evaluation gets its own session, holding the model definitions
 * and the team's answers, and disposes it; the knowledge base is shared and never rebuilt. Sessions come from a
 * Drools session pool: disposing a pooled session resets it for the next evaluation instead of building a new one.
 */
final class KieRuleEngine implements RuleEngine {

    /** A promotion DRL that loops would otherwise never return; no sane rule set fires this many rules. */
    static final int MAX_FIRINGS = 100_000;

    private static final int INITIAL_POOLED_SESSIONS = 2;

    /**
     * The phases of the DRL (its ruleflow groups, run as agenda groups), in the order they run, each to the end before the next: criteria
     * judged, section sums, scores, levels reached, target rows matched, the target advised.
     */
    static final List<String> PHASES = List.of("judge", "sum", "score", "classify", "target", "advise");

    private final KieContainerSessionsPool sessions;
    /** Every model's definition facts (levels, dimensions, criteria), gathered once per rule-set version. */
    private final Map<String, List<Object>> factsByModel = new HashMap<>();
    private final List<Object> allFacts = new ArrayList<>();

    KieRuleEngine(KieContainer rules, Definitions definitions) {
        this.sessions = rules.newKieSessionsPool(INITIAL_POOLED_SESSIONS);
        for (MaturityModel model : definitions.models()) {
            List<Object> facts = Stream.of(model.levels(), model.dimensions(), model.criteria())
                    .flatMap(List::stream).map(Object.class::cast).toList();
            factsByModel.put(model.id(), facts);
            allFacts.addAll(facts);
        }
        allFacts.addAll(definitions.targets());
    }

    @Override
    public RuleFindings evaluate(Answers answers, TeamContext context) {
        return evaluate(answers, context, allFacts);
    }

    @Override
    public RuleFindings evaluate(Answers answers, TeamContext context, Definitions subset) {
        List<Object> facts = new ArrayList<>(subset.targets());
        subset.models().forEach(model -> facts.addAll(factsByModel.get(model.id())));
        return evaluate(answers, context, facts);
    }

    private RuleFindings evaluate(Answers answers, TeamContext context, List<Object> definitions) {
        KieSession session = sessions.newKieSession();
        try {
            definitions.forEach(session::insert);
            answers.all().forEach(session::insert);
            session.insert(context);
            for (int phase = PHASES.size() - 1; phase >= 0; phase--) {
                session.getAgenda().getAgendaGroup(PHASES.get(phase)).setFocus(); // a stack: the first runs first
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("the rules fired " + fired + " times without settling; "
                        + "a rule in rules/*.drl probably re-triggers itself");
            }
            return findings(session);
        } finally {
            session.dispose();
        }
    }

    private static RuleFindings findings(KieSession session) {
        List<CriterionResult> results = new ArrayList<>();
        List<Classification> classifications = new ArrayList<>();
        List<SectionScore> sectionScores = new ArrayList<>();
        List<ModelScore> scores = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        List<TargetMatch> matches = new ArrayList<>();
        List<TargetAdvice> targets = new ArrayList<>();
        for (Object fact : session.getObjects()) {
            if (fact instanceof CriterionResult result) {
                results.add(result);
            } else if (fact instanceof Classification classification) {
                classifications.add(classification);
            } else if (fact instanceof SectionScore sectionScore) {
                sectionScores.add(sectionScore);
            } else if (fact instanceof ModelScore score) {
                scores.add(score);
            } else if (fact instanceof Shortfall shortfall) {
                shortfalls.add(shortfall);
            } else if (fact instanceof TargetMatch match) {
                matches.add(match);
            } else if (fact instanceof TargetAdvice target) {
                targets.add(target);
            }
        }
        return new RuleFindings(results, classifications, sectionScores, scores, shortfalls, matches, targets);
    }
}
