package org.maturityadvisor.assessment;

/**
 * Inserted by the rules: a section of a scored model whose sum does not exceed a band's floor, so it holds the team
 * below that band.
 */
public record Shortfall(String model, int level, String section, double score, double floor) {
}
