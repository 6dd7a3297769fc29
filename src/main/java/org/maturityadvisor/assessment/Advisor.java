package org.maturityadvisor.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Set;

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
                engine.evaluate(team.answers(), team.context()), team.context());
    }

    /**
     * The team under only the given models (and the target, when its model is one of them): what-if simulations
     * evaluate many variants of one team, and a model they do not look at need not be evaluated.
     */
    public AssessmentResult assess(TeamProfile team, Set<String> modelIds) {
        Definitions subset = definitions.only(modelIds);
        return Explainer.explain(team.team(), version, subset,
                engine.evaluate(team.answers(), team.context(), subset), team.context());
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
