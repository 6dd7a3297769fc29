package org.maturityadvisor.workbench;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.DimensionLevel;
import org.maturityadvisor.assessment.ModelAssessment;

/**
 * How a dimension's level reads to a person. The rules place a dimension at the highest level none of its criteria
 * blocks, so a dimension whose criteria all sit higher up "reaches" every level below them without the team doing
 * anything: that must read as "nothing asked yet", not as an achievement. Worked out from the criteria the result
 * lists (met, and blocking each level above), never from the tables again.
 *
 * @param earned     the highest level of this dimension's criteria the team meets (-1: none)
 * @param nextLevel  the lowest level of this dimension's criteria the team does not meet (null: none)
 * @param aboveModel whether the dimension reads higher than the model (other dimensions hold the model back)
 */
public record DimensionReading(String dimension, int level, String levelName, Double score, int earned, Integer nextLevel,
                        boolean aboveModel) {

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
                dimension.level() > model.level());
    }

    /** Whether the level is only reached because nothing of this dimension is asked up to it. */
    public boolean unearned() {
        return score == null && level > earned;
    }

    /** The sentence shown beside the level. */
    public String meaning() {
        if (score != null) {
            return "section sum " + org.maturityadvisor.assessment.Points.format(score);
        }
        String next = nextLevel == null ? "" : "; its next criteria are at level " + nextLevel;
        if (earned < 0) {
            return nextLevel == null ? "asks nothing up to level " + level
                    : "none met yet: its first criteria are at level " + nextLevel;
        }
        String text = level > earned ? "criteria met up to level " + earned + "; " + levels(earned + 1, level)
                + " nothing of this dimension" + next : "every criterion up to level " + level + " met";
        return aboveModel ? text + "; the model stays lower because other dimensions block it" : text;
    }

    /** "level 2 asks", "levels 2-3 ask". */
    private static String levels(int from, int to) {
        return from == to ? "level " + from + " asks" : "levels " + from + "-" + to + " ask";
    }

    static Stream<DimensionReading> unearnedOf(ModelAssessment model) {
        return of(model).stream().filter(DimensionReading::unearned);
    }
}
