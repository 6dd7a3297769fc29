package org.maturityadvisor.assessment;

/** Inserted by the rules: the sum of a scored model's test points in one section. */
public record SectionScore(String model, String section, double score) {

    /** Drools' {@code sum} accumulates to a {@link Number}. */
    public SectionScore(String model, String section, Number score) {
        this(model, section, score.doubleValue());
    }
}
