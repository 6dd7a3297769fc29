package org.maturityadvisor.assessment;

/** Inserted by the rules: every criterion of this dimension at this level and below is met. */
public record DimensionLevelReached(String model, String dimension, int number) {
}
