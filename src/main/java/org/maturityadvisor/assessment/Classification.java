package org.maturityadvisor.assessment;

/** Inserted by the rules: the highest level reached, for a whole model ({@code dimension} null) or a dimension. */
public record Classification(String model, String dimension, int level) {
}
