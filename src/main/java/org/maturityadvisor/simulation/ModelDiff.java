package org.maturityadvisor.simulation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;

/**
 * What moves in one model between two results (a plan's, a draft rule set's, or two stored assessments of a team): the
 * level (and score) before and after, each dimension's level, the blockers (the unmet criteria listed under the levels
 * above) cleared and added, and the criteria newly met or lost. The one diff of results: the what-if, the team
 * history, a draft's comparison and the API all read it. A model only one side has (the rules changed between two
 * stored assessments) has no level on the other side, and no delta.
 */
public record ModelDiff(String model, Integer levelBefore, Integer levelAfter, Integer delta, Double scoreBefore,
                        Double scoreAfter, List<DimensionDiff> dimensions, List<String> blockersCleared,
                        List<String> blockersAdded, List<String> criteriaNewlyMet, List<String> criteriaLost) {

    public ModelDiff {
        dimensions = List.copyOf(dimensions);
        blockersCleared = List.copyOf(blockersCleared);
        blockersAdded = List.copyOf(blockersAdded);
        criteriaNewlyMet = List.copyOf(criteriaNewlyMet);
        criteriaLost = List.copyOf(criteriaLost);
    }

    /** One dimension's level before and after. */
    public record DimensionDiff(String dimension, int before, int after, int delta) {
    }

    /** Every model of either result: the after result's models in its order, then those only the before one has. */
    public static List<ModelDiff> between(AssessmentResult before, AssessmentResult after) {
        Map<String, ModelAssessment> was = byModel(before);
        Map<String, ModelAssessment> now = byModel(after);
        Set<String> models = new LinkedHashSet<>(now.keySet());
        models.addAll(was.keySet());
        return models.stream().map(model -> between(was.get(model), now.get(model))).toList();
    }

    /** One model; either side may be null when only the other result has the model. */
    public static ModelDiff between(ModelAssessment before, ModelAssessment after) {
        ModelAssessment named = after == null ? before : after;
        List<DimensionDiff> dimensions = before == null || after == null ? List.of()
                : after.dimensions().stream().map(dimension -> {
                    int was = before.dimensions().stream().filter(d -> d.dimension().equals(dimension.dimension()))
                            .mapToInt(DimensionLevel::level).findFirst().orElse(dimension.level());
                    return new DimensionDiff(dimension.dimension(), was, dimension.level(), dimension.level() - was);
                }).toList();
        Set<String> blockersBefore = blockerIds(before);
        Set<String> blockersAfter = blockerIds(after);
        Set<String> metBefore = before == null ? Set.of() : ids(before.met(), MetCriterion::criterion);
        Set<String> metAfter = after == null ? Set.of() : ids(after.met(), MetCriterion::criterion);
        Integer levelBefore = before == null ? null : before.level();
        Integer levelAfter = after == null ? null : after.level();
        return new ModelDiff(named.model(), levelBefore, levelAfter,
                levelBefore == null || levelAfter == null ? null : levelAfter - levelBefore,
                before == null ? null : before.score(), after == null ? null : after.score(), dimensions,
                minus(blockersBefore, blockersAfter), minus(blockersAfter, blockersBefore), minus(metAfter, metBefore),
                minus(metBefore, metAfter));
    }

    private static Map<String, ModelAssessment> byModel(AssessmentResult result) {
        Map<String, ModelAssessment> models = new LinkedHashMap<>();
        result.models().forEach(model -> models.put(model.model(), model));
        return models;
    }

    private static Set<String> blockerIds(ModelAssessment model) {
        if (model == null) {
            return Set.of();
        }
        return model.blockedLevels().stream().flatMap(level -> level.blockers().stream()).map(Blocker::criterion)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> minus(Set<String> from, Set<String> remove) {
        return from.stream().filter(id -> !remove.contains(id)).toList();
    }
}
