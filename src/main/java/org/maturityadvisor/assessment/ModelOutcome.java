package org.maturityadvisor.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Only what a what-if ranking compares of one model, read from the same facts {@link Explainer} reads, without the
 * explanation: the level (a scored model's band, with its score) and the criteria met in the model's order, each with
 * its points (null for a gated criterion). {@code met} holds exactly the criteria {@link ModelAssessment#met()} lists.
 */
public record ModelOutcome(String model, int level, Double score, Map<String, Double> met) {

    public ModelOutcome {
        met = Collections.unmodifiableMap(new LinkedHashMap<>(met));
    }
}
