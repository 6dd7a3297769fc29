package org.maturityadvisor.assessment;

import java.util.List;
import java.util.Objects;

import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.MaturityModel;

/**
 * One loaded rule-set version: the catalog, the models and the rules that classify a team under them. Immutable and
 * thread-safe; a new version is a new instance.
 */
public final class Advisor {

    private final String version;
    private final PracticeCatalog catalog;
    private final List<MaturityModel> models;
    private final RuleEngine engine;

    public Advisor(String version, PracticeCatalog catalog, List<MaturityModel> models, RuleEngine engine) {
        this.version = Objects.requireNonNull(version);
        this.catalog = Objects.requireNonNull(catalog);
        this.models = List.copyOf(models);
        this.engine = Objects.requireNonNull(engine);
    }

    public AssessmentResult assess(TeamProfile team) {
        return Explainer.explain(team.team(), version, models, engine.evaluate(team.answers()));
    }

    public String version() {
        return version;
    }

    public PracticeCatalog catalog() {
        return catalog;
    }

    public List<MaturityModel> models() {
        return models;
    }
}
