package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.Points;
import org.maturityadvisor.assessment.SectionShortfall;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;

/**
 * A model's dimensions (sections) as bars on the model's own scale: a gated dimension's level out of the top level,
 * a scored section's sum out of the points its tests can earn. The part of a gated level that rests on nothing asked
 * of the dimension is drawn apart ({@code emptyPercent}), so it does not read as earned. Widths are in percent of
 * the bar (0-100): the template draws them as SVG attributes, never as inline styles.
 *
 * @param markPercent where the next band needs the section's sum to rise above, or null
 */
public record DimensionBars(String dimension, int level, Double score, double max, String value, String note,
                            double earnedPercent, double emptyPercent, Double markPercent) {

    static List<DimensionBars> of(ModelAssessment assessment, MaturityModel model) {
        List<DimensionReading> readings = DimensionReading.of(assessment);
        return readings.stream().map(reading -> assessment.scored() ? scored(assessment, model, reading)
                : gated(assessment, reading)).toList();
    }

    private static DimensionBars gated(ModelAssessment assessment, DimensionReading reading) {
        int top = Math.max(1, assessment.topLevel());
        int earned = Math.max(0, Math.min(reading.earned(), reading.level()));
        String note = reading.level() > earned ? "levels " + (earned + 1) + "-" + reading.level()
                + " ask nothing of it" : "";
        if (reading.level() == earned + 1) {
            note = "level " + reading.level() + " asks nothing of it";
        }
        return new DimensionBars(reading.dimension(), reading.level(), null, assessment.topLevel(),
                reading.level() + " of " + assessment.topLevel(), note, percent(earned, top),
                percent(reading.level() - earned, top), null);
    }

    private static DimensionBars scored(ModelAssessment assessment, MaturityModel model, DimensionReading reading) {
        double score = reading.score() == null ? 0 : reading.score();
        double max = model == null || !model.id().equals(assessment.model()) ? Math.max(score, 1)
                : model.criteriaOf(reading.dimension()).stream().mapToDouble(Criterion::maxPoints).sum();
        Double mark = assessment.blockedLevels().stream().map(BlockedLevel::shortfalls).flatMap(List::stream)
                .filter(s -> s.section().equals(reading.dimension())).findFirst()
                .map(SectionShortfall::needsAbove).map(needs -> percent(needs, max)).orElse(null);
        return new DimensionBars(reading.dimension(), reading.level(), reading.score(), max,
                Points.format(score) + " of " + Points.format(max) + " points", "", percent(score, max), 0, mark);
    }

    private static double percent(double part, double whole) {
        return whole <= 0 ? 0 : Math.round(Math.max(0, Math.min(part, whole)) / whole * 1000) / 10.0;
    }

    /** Where the empty part starts. */
    public double emptyX() {
        return earnedPercent;
    }
}
