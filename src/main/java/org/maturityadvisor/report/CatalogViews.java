package org.maturityadvisor.report;

import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Dimension;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;

/** The JSON shapes of the catalog and model listings; shared by the API and {@code --json} on the CLI. */
public final class CatalogViews {

    public record PracticeView(String id, String dimension, String type, List<String> choices, String question,
                               String help) {
    }

    public record ModelsView(String rulesetVersion, List<ModelView> models) {
    }

    public record ModelView(String id, String name, String source, int topLevel, List<String> dimensions,
                            List<LevelView> levels) {
    }

    public record LevelView(int number, String name, String description, List<CriterionView> criteria) {
    }

    public record CriterionView(String id, String text, String dimension, String practice, String required,
                                String remediation, String effort, String source) {
    }

    private CatalogViews() {
    }

    public static List<PracticeView> practices(PracticeCatalog catalog) {
        return catalog.practices().stream().map(p -> new PracticeView(p.id(), p.dimension(), p.type().label(),
                p.choices(), p.question(), p.help())).toList();
    }

    public static ModelsView models(Advisor advisor) {
        return new ModelsView(advisor.version(), advisor.models().stream().map(CatalogViews::model).toList());
    }

    private static ModelView model(MaturityModel model) {
        return new ModelView(model.id(), model.name(), model.source(), model.topLevel(),
                model.dimensions().stream().map(Dimension::name).toList(),
                model.levels().stream().map(level -> level(model, level)).toList());
    }

    private static LevelView level(MaturityModel model, Level level) {
        return new LevelView(level.number(), level.name(), level.description(),
                model.criteriaOf(level.number()).stream().map(CatalogViews::criterion).toList());
    }

    private static CriterionView criterion(Criterion c) {
        return new CriterionView(c.id(), c.text(), c.dimension(), c.practice(), c.required(), c.remediation(),
                c.effort().label(), c.source().toString());
    }
}
