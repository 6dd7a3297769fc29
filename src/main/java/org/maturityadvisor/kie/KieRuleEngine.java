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
 * criteria, target rows), inserted once when it is made, and is lent to one evaluation at a time: it keeps the last
 * team's answers and context, and the next team's evaluation changes only the answers and context that differ (as a
 * what-if variant does), the phases run and the findings come out. Every result is inserted logically, so it leaves
 * with what it was derived from: what a session derived for one team never survives a change of the answer it rests
 * on, and each evaluation gives what a fresh session would (SessionReuseTest). A team posted again costs no rule
 * firing at all. Idle sessions are kept for the next evaluation and disposed when this engine is no longer used.
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
    private final Queue<TeamSession> idle = new ConcurrentLinkedQueue<>();

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
        Queue<TeamSession> sessions = idle;
        CLEANER.register(this, () -> sessions.forEach(held -> held.session().dispose()));
    }

    @Override
    public RuleFindings evaluate(Answers answers, TeamContext context) {
        try (Variants team = variants(context)) {
            return team.evaluate(answers);
        }
    }

    @Override
    public Variants variants(TeamContext context) {
        TeamSession held = borrow();
        try {
            return new KieVariants(this, held, context);
        } catch (RuntimeException | Error e) {
            held.session().dispose();
            throw e;
        }
    }

    private TeamSession borrow() {
        TeamSession held = idle.poll();
        if (held == null) {
            KieSession session = base.newKieSession();
            definitions.forEach(session::insert);
            held = new TeamSession(session);
        }
        return held;
    }

    /**
     * A session after a complete evaluation, with its team still in it for the next one to change; one that failed
     * mid-evaluation (its facts half-changed) is disposed instead.
     */
    void giveBack(TeamSession held, boolean clean) {
        if (clean && idle.size() < IDLE_KEPT) {
            idle.offer(held);
        } else {
            held.session().dispose();
        }
    }
}
