package org.maturityadvisor.kie;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.maturityadvisor.assessment.RuleEngine;
import org.maturityadvisor.assessment.RuleFindings;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.definition.CriterionCondition;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.TargetCondition;

/**
 * Evaluates teams on one compiled knowledge base. Each session holds the rule set's definitions (levels, dimensions,
 * criteria, target rows), inserted once when it is made, and is lent to one evaluation at a time: the team's answers
 * and context go in, the phases run, the findings come out, and the answers and context are taken out again. Every
 * result is inserted logically, so it leaves with what it was derived from and nothing of one team stays for the next.
 * Idle sessions are kept for the next evaluation and disposed when this engine is no longer used.
 */
final class KieRuleEngine implements RuleEngine {

    /** A promotion DRL that loops would otherwise never return; no sane rule set fires this many rules. */
    static final int MAX_FIRINGS = 100_000;

    /**
     * The phases of the DRL (its ruleflow groups, run as agenda groups), in the order they run, each to the end before
     * the next: criteria outside the team's context found, criteria judged, section sums, scores, levels reached, target rows matched, the target advised.
     */
    static final List<String> PHASES = List.of("applies", "judge", "sum", "score", "classify", "target", "advise");

    private static final Cleaner CLEANER = Cleaner.create();
    private static final int IDLE_KEPT = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    private final KieBase base;
    private final List<Object> definitions = new ArrayList<>();
    private final Queue<KieSession> idle = new ConcurrentLinkedQueue<>();

    KieRuleEngine(KieBase base, Definitions definitions) {
        this.base = base;
        for (MaturityModel model : definitions.models()) {
            Stream.of(model.levels(), model.dimensions(), model.criteria()).flatMap(List::stream)
                    .forEach(this.definitions::add);
            model.criteria().forEach(criterion -> criterion.appliesWhen().forEach(condition -> this.definitions.add(
                    new CriterionCondition(criterion.id(), condition.field(), condition.values()))));
        }
        this.definitions.addAll(definitions.targets());
        definitions.targets().forEach(rule -> rule.context().forEach(condition -> this.definitions.add(
                new TargetCondition(rule.id(), condition.field(), condition.values()))));
        Queue<KieSession> sessions = idle;
        CLEANER.register(this, () -> sessions.forEach(KieSession::dispose));
    }

    @Override
    public RuleFindings evaluate(Answers answers, TeamContext context) {
        try (Variants team = variants(context)) {
            return team.evaluate(answers);
        }
    }

    @Override
    public Variants variants(TeamContext context) {
        return new KieVariants(this, borrow(), context);
    }

    private KieSession borrow() {
        KieSession session = idle.poll();
        if (session == null) {
            session = base.newKieSession();
            definitions.forEach(session::insert);
        }
        return session;
    }

    /** A session whose team has been taken out again; one that failed mid-evaluation is disposed instead. */
    void giveBack(KieSession session, boolean clean) {
        if (clean && idle.size() < IDLE_KEPT) {
            idle.offer(session);
        } else {
            session.dispose();
        }
    }
}
