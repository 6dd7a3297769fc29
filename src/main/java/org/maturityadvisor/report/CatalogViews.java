package org.maturityadvisor.report;

import org.maturityadvisor.definition.NotGiven;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;
import org.maturityadvisor.definition.Alignment;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Dimension;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.EvidenceRule;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.SectionRole;
import org.maturityadvisor.definition.TargetRule;

/** The JSON shapes of the catalog and model listings; shared by the API and {@code --json} on the CLI. */
public final class CatalogViews {

    /** {@code validForDays}: days an answer stays fresh (null: forever). */
    public record PracticeView(String id, String dimension, PracticeType type, List<String> choices, String question,
                               String help, Integer validForDays) {
    }

    /** A context field the catalog declares: asked in the input's {@code context} by {@code name}. */
    public record ContextFieldView(String id, String name, PracticeType type, List<String> choices, String question,
                                   String help) {
    }

    /**
     * Every model, how their levels line up ({@code crosswalk}: one row per level of the reference model, naming the
     * levels of every other model that line up with it), the models not on the crosswalk (their tables leave the
     * Crosswalk blank: shown as "not on the crosswalk"), and the target table.
     */
    public record ModelsView(String rulesetVersion, List<ModelView> models, List<CrosswalkRow> crosswalk,
                             List<String> notOnCrosswalk, List<TargetRuleView> targetRules) {
    }

    /**
     * {@code sections}: a checklist model's sections in table order, each with its role and statements (its levels
     * then list no criteria: level 1 is "every required section complete"); empty for the other kinds.
     */
    public record ModelView(String id, String name, String source, ModelKind kind, int topLevel,
                            List<String> dimensions, List<LevelView> levels, List<SectionView> sections) {

        public ModelView {
            sections = sections == null ? List.of() : List.copyOf(sections);
        }
    }

    /** One section of a checklist model: required for the verdict or extra, and its statements. */
    public record SectionView(String name, SectionRole role, List<CriterionView> statements) {

        /** Whether the section counts for the verdict (pages test this, never the role's name). */
        public boolean required() {
            return role == SectionRole.REQUIRED;
        }
    }

    /**
     * {@code scoreAbove}: the score a band of a scored model needs to exceed (null for gated levels, band 0). A scored
     * model's tests count for every band, so they are listed under band 0.
     */
    public record LevelView(int number, String name, String description, Double scoreAbove, Alignment linesUpWith,
                            List<CriterionView> criteria) {
    }

    /** {@code points}: for a test of a scored model, the points each answer earns; null for a gated criterion. */
    public record CriterionView(String id, String text, String dimension, String practice, String required,
                                Map<String, Double> points, String remediation, String effort, String source,
                                EvidenceRule evidence, List<String> appliesWhen) {
    }

    /** One level of the reference model and, per other model, the levels that line up with it. */
    public record CrosswalkRow(String model, int level, String name, Map<String, List<Integer>> linedUp) {
    }

    public record TargetRuleView(String id, String model, String conditions, int level, String reason,
                                 String source) {
    }

    private CatalogViews() {
    }

    public static List<PracticeView> practices(PracticeCatalog catalog) {
        return catalog.practices().stream().map(p -> new PracticeView(p.id(), p.dimension(), p.type(),
                p.choices(), p.question(), p.help(), p.validForDays())).toList();
    }

    public static List<ContextFieldView> contextFields(PracticeCatalog catalog) {
        return catalog.contextFields().stream().map(f -> new ContextFieldView(f.id(), f.name(), f.type(),
                f.choices(), f.question(), f.help())).toList();
    }

    public static ModelsView models(Advisor advisor) {
        List<MaturityModel> models = advisor.models();
        return new ModelsView(advisor.version(), models.stream().map(m -> model(m, advisor.catalog())).toList(),
                crosswalk(models), notOnCrosswalk(models),
                advisor.definitions().targets().stream().map(CatalogViews::target).toList());
    }

    private static ModelView model(MaturityModel model, PracticeCatalog catalog) {
        List<SectionView> sections = model.kind() != ModelKind.CHECKLIST ? List.of()
                : model.dimensions().stream().map(d -> new SectionView(d.name(), d.role(), model.criteriaOf(d.name())
                        .stream().map(c -> criterion(c, catalog)).toList())).toList();
        return new ModelView(model.id(), model.name(), model.source(), model.kind(), model.topLevel(),
                model.dimensions().stream().map(Dimension::name).toList(),
                model.levels().stream().map(level -> level(model, level, catalog)).toList(), sections);
    }

    private static LevelView level(MaturityModel model, Level level, PracticeCatalog catalog) {
        List<Criterion> criteria = model.kind() == ModelKind.SCORED
                ? (level.number() == 0 ? model.criteria() : List.of())
                : model.kind() == ModelKind.CHECKLIST ? List.of() : model.criteriaOf(level.number());
        return new LevelView(level.number(), level.name(), level.description(), level.scoreAbove(),
                level.alignment(), criteria.stream().map(c -> criterion(c, catalog)).toList());
    }

    private static CriterionView criterion(Criterion c, PracticeCatalog catalog) {
        Map<String, Double> points = null;
        if (c.kind() == ModelKind.SCORED) {
            points = new LinkedHashMap<>();
            List<String> answers = catalog.find(c.practice()).orElseThrow().choices();
            for (int rank = 0; rank < c.points().size(); rank++) {
                points.put(answers.get(rank), c.points().get(rank));
            }
        }
        return new CriterionView(c.id(), c.text(), c.dimension(), c.practice(), c.required(), points,
                NotGiven.or(c.remediation()), c.effort().words(), c.source().toString(), c.evidence(),
                c.appliesWhen().stream().map(Object::toString).toList());
    }

    /** The models that line up with no model and that no model lines up with, by id. */
    static List<String> notOnCrosswalk(List<MaturityModel> models) {
        List<String> references = models.stream().flatMap(m -> m.levels().stream())
                .map(Level::alignment).filter(a -> a != null).map(Alignment::model).distinct().toList();
        return models.stream().filter(m -> !references.contains(m.id()))
                .filter(m -> m.levels().stream().allMatch(level -> level.alignment() == null))
                .map(MaturityModel::id).toList();
    }

    /** One row per level of each reference model (a model others line up with). */
    static List<CrosswalkRow> crosswalk(List<MaturityModel> models) {
        List<String> references = models.stream().flatMap(m -> m.levels().stream())
                .map(Level::alignment).filter(a -> a != null).map(Alignment::model).distinct().toList();
        return models.stream().filter(m -> references.contains(m.id())).flatMap(reference ->
                reference.levels().stream().map(level -> {
                    Map<String, List<Integer>> linedUp = new LinkedHashMap<>();
                    for (MaturityModel other : models) {
                        List<Integer> levels = other.levels().stream().filter(l -> l.alignment() != null
                                        && l.alignment().model().equals(reference.id())
                                        && IntStream.rangeClosed(l.alignment().from(), l.alignment().to())
                                        .anyMatch(n -> n == level.number()))
                                .map(Level::number).toList();
                        if (other != reference && other.levels().stream().anyMatch(l -> l.alignment() != null)) {
                            linedUp.put(other.id(), levels);
                        }
                    }
                    return new CrosswalkRow(reference.id(), level.number(), level.name(), linedUp);
                })).toList();
    }

    private static TargetRuleView target(TargetRule rule) {
        return new TargetRuleView(rule.id(), rule.model(), rule.conditions(), rule.level(), rule.reason(),
                rule.source().toString());
    }
}
