package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.ModelAssessment;

/**
 * How a dimension's level reads to a person. The rules place a dimension at the highest level none of its criteria
 * blocks, so a dimension with no criteria at a level "reaches" it without the team doing anything: that must read as
 * "no criteria here", not as an achievement. The result says at which levels the dimension has no criteria
 * ({@link DimensionLevel#noCriteriaAt()}); a result from before it did is read from the criteria it lists (met, and
 * blocking each level above), never from the tables again.
 *
 * @param earned       the highest level of this dimension's criteria the team meets (-1: none)
 * @param nextLevel    the lowest level of this dimension's criteria the team does not meet (null: none)
 * @param aboveModel   whether the dimension reads higher than the model (other dimensions hold the model back)
 * @param noCriteriaAt the levels (1 and up) at which the dimension has no criteria, as the result gives them
 */
public record DimensionReading(String dimension, int level, String levelName, Double score, int earned, Integer nextLevel,
                        boolean aboveModel, List<Integer> noCriteriaAt) {

    public DimensionReading {
        noCriteriaAt = noCriteriaAt == null ? List.of() : List.copyOf(noCriteriaAt);
    }

    /** A reading of a result that does not say where the dimension has no criteria. */
    public DimensionReading(String dimension, int level, String levelName, Double score, int earned, Integer nextLevel,
                            boolean aboveModel) {
        this(dimension, level, levelName, score, earned, nextLevel, aboveModel, List.of());
    }

    static List<DimensionReading> of(ModelAssessment model) {
        return model.dimensions().stream().map(d -> of(model, d)).toList();
    }

    private static DimensionReading of(ModelAssessment model, DimensionLevel dimension) {
        int earned = model.met().stream().filter(m -> m.dimension().equals(dimension.dimension()))
                .mapToInt(m -> m.level()).max().orElse(-1);
        OptionalInt next = model.blockedLevels().stream().map(BlockedLevel::blockers).flatMap(List::stream)
                .filter(b -> b.dimension().equals(dimension.dimension())).mapToInt(b -> b.level()).min();
        return new DimensionReading(dimension.dimension(), dimension.level(), dimension.levelName(),
                dimension.score(), earned, next.isPresent() ? next.getAsInt() : null,
                dimension.level() > model.level(), dimension.noCriteriaAt());
    }

    /** The levels up to the one reached at which the dimension has no criteria: reached without anything asked. */
    public List<Integer> noCriteriaReached() {
        if (score != null) {
            return List.of();
        }
        if (!noCriteriaAt.isEmpty()) {
            return noCriteriaAt.stream().filter(l -> l >= 1 && l <= level).toList();
        }
        return IntStream.rangeClosed(Math.max(1, earned + 1), level).boxed().toList();
    }

    /** Whether some level reached is only reached because the dimension has no criteria there. */
    public boolean unearned() {
        return !noCriteriaReached().isEmpty();
    }

    /** Whether the level reached rests on no criterion of this dimension at all. */
    public boolean noneEarned() {
        return score == null && level > 0 && noCriteriaReached().size() == level;
    }

    /** The sentence shown beside the level. */
    public String meaning() {
        if (score != null) {
            return "section sum " + org.maturityadvisor.assessment.Points.format(score);
        }
        String next = nextLevel == null ? "" : "; its next criteria are at level " + nextLevel;
        List<Integer> none = noCriteriaReached();
        if (level == 0 || none.size() == level) {
            if (nextLevel == null) {
                return level == 0 ? "nothing met yet" : "no criteria here up to level " + level;
            }
            return level == 0 ? "none met yet: its first criteria are at level " + nextLevel
                    : "no criteria here up to level " + level + "; its first criteria are at level " + nextLevel;
        }
        List<Integer> met = new ArrayList<>(IntStream.rangeClosed(1, level).boxed().toList());
        met.removeAll(none);
        String text = none.isEmpty() ? "every criterion up to level " + level + " met"
                : "criteria met at " + levels(met) + "; no criteria here at " + levels(none) + next;
        return aboveModel ? text + "; the model stays lower because other dimensions block it" : text;
    }

    /** "level 2", "levels 2-3", "levels 1, 3". */
    static String levels(List<Integer> levels) {
        if (levels.size() == 1) {
            return "level " + levels.get(0);
        }
        boolean contiguous = levels.get(levels.size() - 1) - levels.get(0) == levels.size() - 1;
        return "levels " + (contiguous ? levels.get(0) + "-" + levels.get(levels.size() - 1)
                : levels.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    static Stream<DimensionReading> unearnedOf(ModelAssessment model) {
        return of(model).stream().filter(DimensionReading::unearned);
    }
}
