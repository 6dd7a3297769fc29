package org.maturityadvisor.assessment;

/** The level a team reaches in one dimension of a model; for a section of a scored model, with its sum. */
public record DimensionLevel(String dimension, int level, String levelName, Double score) {
}
