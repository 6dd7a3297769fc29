package org.maturityadvisor.assessment;

/**
 * Inserted by the rules: a level reached, for a whole model ({@code dimension} null) or a dimension. A gated model's
 * rules insert one per level reached (the team is at the highest); a scored model's rules insert the band only.
 */
public record Classification(String model, String dimension, int level) {
}
