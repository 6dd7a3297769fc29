package org.maturityadvisor.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.simulation.InputDiff;
import org.maturityadvisor.simulation.ModelDiff;
import org.maturityadvisor.teams.AssessmentDiff;

/**
 * The diff of two stored assessments in words: model and level names, criterion texts, practice questions and
 * answers, each change marked up or down. Names come from the active rules; what they no longer have keeps its id.
 */
public record DiffView(List<ModelChange> models, List<AnswerChange> answers) {

    public record ModelChange(String name, String before, String after, Direction direction,
                              List<DimensionChange> dimensions, List<String> cleared, List<String> added) {
    }

    public record DimensionChange(String name, int before, int after, Direction direction) {
    }

    public record AnswerChange(String question, String before, String after, Direction direction) {
    }

    private static final Map<String, String> CONTEXT = Map.of(
            "mlUseCases", "How many ML use cases does it run?",
            "businessCritical", "Is one of them business-critical?",
            "inProduction", "Is anything in production?");

    static DiffView of(AssessmentDiff diff, Advisor rules) {
        Map<String, MaturityModel> models = new LinkedHashMap<>();
        rules.models().forEach(model -> models.put(model.id(), model));
        Map<String, String> criteria = new LinkedHashMap<>();
        rules.models().forEach(model -> model.criteria().forEach(c -> criteria.put(c.id(), text(c))));
        List<ModelChange> changes = diff.models().stream().map(m -> model(m, models.get(m.model()), criteria)).toList();
        List<AnswerChange> answers = new java.util.ArrayList<>();
        diff.context().forEach(c -> answers.add(new AnswerChange(CONTEXT.getOrDefault(c.field(), c.field()),
                value(c.before()), value(c.after()), Direction.CHANGED)));
        diff.answers().forEach(c -> answers.add(answer(c, rules.catalog().find(c.field()).orElse(null))));
        return new DiffView(changes, List.copyOf(answers));
    }

    private static ModelChange model(ModelDiff diff, MaturityModel model, Map<String, String> criteria) {
        return new ModelChange(model == null ? diff.model() : model.name(), level(diff.levelBefore(), model),
                level(diff.levelAfter(), model), Direction.of(diff.levelBefore(), diff.levelAfter()),
                diff.dimensions().stream().filter(d -> d.delta() != 0).map(d -> new DimensionChange(d.dimension(),
                        d.before(), d.after(), Direction.of(d.before(), d.after()))).toList(),
                diff.blockersCleared().stream().map(id -> criteria.getOrDefault(id, id)).toList(),
                diff.blockersAdded().stream().map(id -> criteria.getOrDefault(id, id)).toList());
    }

    private static String text(Criterion criterion) {
        return criterion.text() == null || criterion.text().isBlank() ? criterion.id() : criterion.text();
    }

    private static String level(Integer level, MaturityModel model) {
        if (level == null) {
            return "not in these rules";
        }
        String name = model == null ? null : model.levels().stream().filter(l -> l.number() == level)
                .map(l -> l.name()).findFirst().orElse(null);
        return name == null ? "level " + level : level + " " + name;
    }

    private static AnswerChange answer(InputDiff.Change<String> change, Practice practice) {
        if (practice == null) {
            return new AnswerChange(change.field(), value(change.before()), value(change.after()), Direction.CHANGED);
        }
        if (change.before() == null || change.after() == null) {
            return new AnswerChange(practice.question(), value(change.before()), value(change.after()),
                    change.before() == null ? Direction.ANSWERED : Direction.UNANSWERED);
        }
        Integer before = change.before() == null ? null : practice.rankOf(change.before()).orElse(null);
        Integer after = change.after() == null ? null : practice.rankOf(change.after()).orElse(null);
        return new AnswerChange(practice.question(), value(change.before()), value(change.after()),
                Direction.of(before, after));
    }

    /** An answer in words: "unanswered", yes/no, a count, or a value's words ("ci-cd-pipeline": "ci cd pipeline"). */
    static String value(Object value) {
        if (value == null) {
            return "unanswered";
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        return value.toString().replace('-', ' ');
    }
}
