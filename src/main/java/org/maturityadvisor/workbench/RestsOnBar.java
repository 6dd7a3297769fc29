package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.assessment.LevelBases;
import org.maturityadvisor.assessment.LevelBasis;
import org.maturityadvisor.assessment.ModelAssessment;

/**
 * What one model's reached level rests on, as a stacked bar drawn on the server (confirmed, observed in the team's
 * repository, evidenced, claimed: the met criteria of that level counted by what their answers rest on) with its words
 * beside it, from
 * {@link ModelAssessment#restsOn()}.
 *
 * @param words "level 2: 9 criteria met: 4 confirmed, 3 evidenced, 2 claimed (1 stale)"
 */
public record RestsOnBar(String model, String modelName, int level, String words, int met, int confirmed,
                         int observed, int evidenced, int claimed, int stale) {

    /** One part of the bar, in percent of its width. */
    public record Segment(String kind, String x, String width) {
    }

    /** The reached level's basis (a scored model's one row); a model at level 0 rests on no criterion met. */
    static RestsOnBar of(ModelAssessment model) {
        if (model.checklist()) {
            return checklist(model);
        }
        LevelBasis basis = model.restsOn().stream().filter(row -> row.level() == model.level()).findFirst()
                .orElse(model.restsOn().isEmpty() ? null : model.restsOn().get(model.restsOn().size() - 1));
        if (basis == null) {
            return new RestsOnBar(model.model(), model.modelName(), model.level(), "level " + model.level()
                    + ": no criterion met to rest on", 0, 0, 0, 0, 0, 0);
        }
        return new RestsOnBar(model.model(), model.modelName(), basis.level(), basis.words(), basis.met(),
                basis.confirmed(), basis.observed(), basis.evidenced(), basis.claimed(), basis.stale());
    }

    /** A checklist rests on every statement it meets, required and extra: "4 statements met: 1 confirmed, 3 claimed". */
    private static RestsOnBar checklist(ModelAssessment model) {
        LevelBasis basis = LevelBases.of(model.level(), model.met());
        String words = basis.met() == 0 ? "no statement met to rest on"
                : Words.count(basis.met(), "statement", "statements") + " met: " + basis.counts()
                + (basis.stale() == 0 ? "" : " (" + basis.stale() + " stale)");
        return new RestsOnBar(model.model(), model.modelName(), model.level(), words, basis.met(), basis.confirmed(),
                basis.observed(), basis.evidenced(), basis.claimed(), basis.stale());
    }

    /** Confirmed, observed, evidenced, then claimed, left to right; a bar with nothing met is one pale track. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        int total = confirmed + observed + evidenced + claimed;
        if (total == 0) {
            segments.add(new Segment("none", "0", "100"));
            return segments;
        }
        double x = 0;
        int[] counts = {confirmed, observed, evidenced, claimed};
        String[] kinds = {"confirmed", "observed", "evidenced", "claimed"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                double width = 100.0 * counts[i] / total;
                segments.add(new Segment(kinds[i], percent(x), percent(width)));
                x += width;
            }
        }
        return segments;
    }

    /** For a screen reader and a tooltip: the bar's model and its words. */
    public String label() {
        return modelName + ", " + words;
    }

    private static String percent(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
