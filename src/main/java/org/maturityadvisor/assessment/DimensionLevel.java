package org.maturityadvisor.assessment;

/** The level a team reaches in one dimension of a model. */
public record DimensionLevel(String dimension, int level, String levelName) {
}
