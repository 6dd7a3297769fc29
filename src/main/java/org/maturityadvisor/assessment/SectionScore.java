package org.maturityadvisor.assessment;

/**
 * Inserted by the rules: the sum of a scored model's test points in one section, scaled to its applicable tests (a
 * test that does not apply to the team is left out: the sum is multiplied by the section's full points over its
 * applicable tests' full points; a section whose every test is not applicable scores its full points).
 */
public record SectionScore(String model, String section, double score) {

    /** Drools' {@code sum} accumulates to a {@link Number}. */
    public SectionScore(String model, String section, Number score) {
        this(model, section, score.doubleValue());
    }

    /** The section's sum scaled to its applicable tests. */
    public static SectionScore scaled(String model, String section, Number sum, Number full, Number applicableFull) {
        double all = full.doubleValue();
        double applicable = applicableFull.doubleValue();
        if (applicable >= all) {
            return new SectionScore(model, section, sum.doubleValue());
        }
        return new SectionScore(model, section, applicable <= 0 ? all
                : Math.round(sum.doubleValue() * all / applicable * 1000) / 1000.0);
    }
}
