package org.maturityadvisor.assessment;

/**
 * A criterion the team meets, and the answer that met it; for a test of a scored model, any test that earns points,
 * with the points (partly met tests too: {@code observed} is below {@code required}).
 */
public record MetCriterion(String criterion, String text, int level, String dimension, String practice,
                           String observed, String required, Double points, Basis basis) {

    /** A met criterion without a basis (a result read from before evidence existed). */
    public MetCriterion(String criterion, String text, int level, String dimension, String practice, String observed,
                        String required, Double points) {
        this(criterion, text, level, dimension, practice, observed, required, points, null);
    }
}
