package org.maturityadvisor.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.MaturityModel;

/**
 * One loaded rule-set version: the catalog, the models, the target table and the rules that classify a team under
 * them. Immutable and thread-safe; a new version is a new instance.
 */
public final class Advisor {

    private final String version;
    private final PracticeCatalog catalog;
    private final Definitions definitions;
    private final RuleEngine engine;

    public Advisor(String version, PracticeCatalog catalog, Definitions definitions, RuleEngine engine) {
        this.version = Objects.requireNonNull(version);
        this.catalog = Objects.requireNonNull(catalog);
        this.definitions = Objects.requireNonNull(definitions);
        this.engine = Objects.requireNonNull(engine);
    }

    public AssessmentResult assess(TeamProfile team) {
        return Explainer.explain(team.team(), version, definitions,
                engine.evaluate(team.answers(), team.context()), team.context(), team.answers());
    }

    /**
     * {@code view=summary}: what {@link AssessmentSummary#of} of {@link #assess}'s result holds, read from the rules'
     * findings without building the explained chain.
     */
    public AssessmentSummary summarize(TeamProfile team) {
        return Summaries.of(team.team(), version, definitions, engine.evaluate(team.answers(), team.context()));
    }

    /**
     * Each model's level, score and met criteria, as {@link #assess} would give them, without the explanation: for
     * comparing many teams' levels when only a few need explaining.
     */
    public List<ModelOutcome> outcomes(TeamProfile team) {
        try (RuleEngine.Variants session = engine.variants(team.context())) {
            return Explainer.outcomes(definitions, session.evaluateOutcomes(team.answers()));
        }
    }

    /**
     * Variants of one team, explained under only the given models (and the target, when its model is one of them):
     * what-if simulations evaluate many variants of one team, each on the same session, which re-derives only what
     * the changed answers touch. Close it when done.
     */
    public Variants variants(TeamProfile team, Set<String> modelIds) {
        return new Variants(team, definitions.only(modelIds), engine.variants(team.context()));
    }

    /** One team's variants on one session: {@link #assess(Answers)} evaluates exactly the answers given. */
    public final class Variants implements AutoCloseable {

        private final TeamProfile team;
        private final Definitions scope;
        private final RuleEngine.Variants session;

        private Variants(TeamProfile team, Definitions scope, RuleEngine.Variants session) {
            this.team = team;
            this.scope = scope;
            this.session = session;
        }

        public AssessmentResult assess(Answers answers) {
            return Explainer.explain(team.team(), version, scope, session.evaluate(answers), team.context(), answers);
        }

        /** Each model in scope's level, score and met criteria, as {@link #assess} would give them, unexplained. */
        public List<ModelOutcome> outcomes(Answers answers) {
            return Explainer.outcomes(scope, session.evaluateOutcomes(answers));
        }

        @Override
        public void close() {
            session.close();
        }
    }

    public String version() {
        return version;
    }

    public PracticeCatalog catalog() {
        return catalog;
    }

    public List<MaturityModel> models() {
        return definitions.models();
    }

    public Definitions definitions() {
        return definitions;
    }
}
