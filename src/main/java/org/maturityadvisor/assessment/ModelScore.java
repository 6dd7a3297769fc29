package org.maturityadvisor.assessment;

/** Inserted by the rules: a scored model's score, the lowest of its section sums. */
public record ModelScore(String model, double score) {

    public ModelScore(String model, Number score) {
        this(model, score.doubleValue());
    }
}
