package org.maturityadvisor.simulation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;

/**
 * What moves in one model between two results (a plan's, or a draft rule set's): the level (and score) before and
 * after, each dimension's level, the blockers (the unmet criteria listed under the levels above) cleared and added,
 * and the criteria newly met or lost.
 */
public record ModelDiff(String model, int levelBefore, int levelAfter, int delta, Double scoreBefore,
                        Double scoreAfter, List<DimensionDiff> dimensions, List<String> blockersCleared,
                        List<String> blockersAdded, List<String> criteriaNewlyMet, List<String> criteriaLost) {

    /** One dimension's level before and after. */
    public record DimensionDiff(String dimension, int before, int after, int delta) {
    }

    public static ModelDiff between(ModelAssessment before, ModelAssessment after) {
        List<DimensionDiff> dimensions = after.dimensions().stream().map(dimension -> {
            int was = before.dimensions().stream().filter(d -> d.dimension().equals(dimension.dimension()))
                    .mapToInt(DimensionLevel::level).findFirst().orElse(dimension.level());
            return new DimensionDiff(dimension.dimension(), was, dimension.level(), dimension.level() - was);
        }).toList();
        Set<String> blockersBefore = blockerIds(before);
        Set<String> blockersAfter = blockerIds(after);
        Set<String> metBefore = ids(before.met(), MetCriterion::criterion);
        Set<String> metAfter = ids(after.met(), MetCriterion::criterion);
        return new ModelDiff(after.model(), before.level(), after.level(), after.level() - before.level(),
                before.score(), after.score(), dimensions, minus(blockersBefore, blockersAfter),
                minus(blockersAfter, blockersBefore), minus(metAfter, metBefore), minus(metBefore, metAfter));
    }

    private static Set<String> blockerIds(ModelAssessment model) {
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
