package org.maturityadvisor.assessment;

/** A criterion the team meets, and the answer that met it. */
public record MetCriterion(String criterion, String text, int level, String dimension, String practice,
                           String observed, String required) {
}
