package org.maturityadvisor.kie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.maturityadvisor.assessment.Classification;
import org.maturityadvisor.assessment.CriterionResult;
import org.maturityadvisor.assessment.ModelScore;
import org.maturityadvisor.assessment.RuleEngine;
import org.maturityadvisor.assessment.RuleFindings;
import org.maturityadvisor.assessment.SectionScore;
import org.maturityadvisor.assessment.SectionTally;
import org.maturityadvisor.assessment.Shortfall;
import org.maturityadvisor.assessment.TargetAdvice;
import org.maturityadvisor.assessment.TargetMatch;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Answers;

/**
 * One team on a borrowed session: each evaluation brings the session's answers to exactly those given (inserting,
 * updating and deleting only the answers that differ from the last evaluation, the first from the session's last
 * team's), runs the phases and reads the findings. Closing gives the session back with the team in it.
 */
final class KieVariants implements RuleEngine.Variants {

    private final KieRuleEngine engine;
    private final TeamSession held;
    private final KieSession session;
    private final Map<String, FactHandle> answers;
    private final Map<String, Answer> current;
    private boolean clean;

    KieVariants(KieRuleEngine engine, TeamSession held, TeamContext context) {
        this.engine = engine;
        this.held = held;
        this.session = held.session();
        this.answers = held.answers;
        this.current = held.current;
        held.context(context);
        clean = true;
    }

    @Override
    public RuleFindings evaluate(Answers wanted) {
        fire(wanted);
        RuleFindings findings = findings(session);
        clean = true;
        return findings;
    }

    /** Only the criterion results, classifications and scores: what a level-only outcome reads. */
    @Override
    public RuleFindings evaluateOutcomes(Answers wanted) {
        fire(wanted);
        RuleFindings findings = new RuleFindings(all(session, CriterionResult.class),
                all(session, Classification.class), List.of(), all(session, ModelScore.class), List.of(), List.of(),
                List.of());
        clean = true;
        return findings;
    }

    private void fire(Answers wanted) {
        clean = false;
        Map<String, Answer> next = new HashMap<>();
        wanted.all().forEach(answer -> next.put(answer.practice(), answer));
        for (Iterator<Map.Entry<String, Answer>> it = current.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Answer> was = it.next();
            Answer now = next.get(was.getKey());
            if (now == null) {
                session.delete(answers.remove(was.getKey()));
                it.remove();
            } else if (!now.equals(was.getValue())) {
                session.update(answers.get(was.getKey()), now);
                was.setValue(now);
            }
        }
        next.forEach((practice, answer) -> {
            if (!current.containsKey(practice)) {
                answers.put(practice, session.insert(answer));
                current.put(practice, answer);
            }
        });
        for (int phase = KieRuleEngine.PHASES.size() - 1; phase >= 0; phase--) {
            session.getAgenda().getAgendaGroup(KieRuleEngine.PHASES.get(phase)).setFocus(); // a stack: first runs first
        }
        int fired = session.fireAllRules(KieRuleEngine.MAX_FIRINGS);
        if (fired >= KieRuleEngine.MAX_FIRINGS) {
            throw new IllegalStateException("the rules fired " + fired + " times without settling; "
                    + "a rule in rules/*.drl probably re-triggers itself");
        }
    }

    @Override
    public void close() {
        engine.giveBack(held, clean);
    }

    /**
     * The facts the rules derived, read class by class: Drools keeps a store per fact class, so this visits only the
     * derived facts, never the definitions and answers (a walk over every fact cost a tenth of a what-if variant).
     */
    private static RuleFindings findings(KieSession session) {
        return new RuleFindings(all(session, CriterionResult.class), all(session, Classification.class),
                all(session, SectionScore.class), all(session, ModelScore.class), all(session, Shortfall.class),
                all(session, TargetMatch.class), all(session, TargetAdvice.class), all(session, SectionTally.class));
    }

    private static <T> List<T> all(KieSession session, Class<T> type) {
        List<T> facts = new ArrayList<>();
        for (Object fact : session.getObjects(new ClassObjectFilter(type))) {
            facts.add(type.cast(fact));
        }
        return facts;
    }
}
