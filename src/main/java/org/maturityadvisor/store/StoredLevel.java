package org.maturityadvisor.store;

/** The level one assessment reached in one model (with the score of a scored model). */
public record StoredLevel(String model, int level, String levelName, Double score) {
}
