package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.Points;
import org.maturityadvisor.assessment.SectionShortfall;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;

/**
 * A model's dimensions (sections) as bars on the model's own scale: a gated dimension's level out of the top level,
 * a scored section's sum out of the points its tests can earn. The levels a gated dimension reaches only because it
 * has no criteria there are drawn apart ({@code segments} of kind {@code unasked}; {@code emptyPercent} in all), so
 * they do not read as earned. Widths are in percent of
 * the bar (0-100): the template draws them as SVG attributes, never as inline styles.
 *
 * @param markPercent where the next band needs the section's sum to rise above, or null
 */
public record DimensionBars(String dimension, int level, Double score, double max, String value, String note,
                            double earnedPercent, double emptyPercent, Double markPercent, List<Segment> segments) {

    /** One stretch of a bar: {@code earned} (criteria met) or {@code unasked} (no criteria here), x and width in %. */
    public record Segment(String kind, double x, double width) {
    }

    static List<DimensionBars> of(ModelAssessment assessment, MaturityModel model) {
        List<DimensionReading> readings = DimensionReading.of(assessment);
        return readings.stream().map(reading -> assessment.scored() ? scored(assessment, model, reading)
                : gated(assessment, reading)).toList();
    }

    private static DimensionBars gated(ModelAssessment assessment, DimensionReading reading) {
        int top = Math.max(1, assessment.topLevel());
        List<Integer> none = reading.noCriteriaReached();
        String note = none.isEmpty() ? "" : DimensionReading.levels(none) + ": no criteria here";
        List<Segment> segments = new ArrayList<>();
        for (int level = 1; level <= Math.min(reading.level(), top); level++) {
            String kind = none.contains(level) ? "unasked" : "earned";
            Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (last != null && last.kind().equals(kind)) {
                segments.set(segments.size() - 1, new Segment(kind, last.x(), last.width() + percent(1, top)));
            } else {
                segments.add(new Segment(kind, percent(level - 1, top), percent(1, top)));
            }
        }
        double empty = percent(none.size(), top);
        return new DimensionBars(reading.dimension(), reading.level(), null, assessment.topLevel(),
                reading.level() + " of " + assessment.topLevel(), note,
                percent(reading.level() - none.size(), top), empty, null, List.copyOf(segments));
    }

    private static DimensionBars scored(ModelAssessment assessment, MaturityModel model, DimensionReading reading) {
        double score = reading.score() == null ? 0 : reading.score();
        double max = model == null || !model.id().equals(assessment.model()) ? Math.max(score, 1)
                : model.criteriaOf(reading.dimension()).stream().mapToDouble(Criterion::maxPoints).sum();
        Double mark = assessment.blockedLevels().stream().map(BlockedLevel::shortfalls).flatMap(List::stream)
                .filter(s -> s.section().equals(reading.dimension())).findFirst()
                .map(SectionShortfall::needsAbove).map(needs -> percent(needs, max)).orElse(null);
        return new DimensionBars(reading.dimension(), reading.level(), reading.score(), max,
                Points.format(score) + " of " + Points.format(max) + " points", "", percent(score, max), 0, mark,
                List.of(new Segment("earned", 0, percent(score, max))));
    }

    private static double percent(double part, double whole) {
        return whole <= 0 ? 0 : Math.round(Math.max(0, Math.min(part, whole)) / whole * 1000) / 10.0;
    }

}
