package org.maturityadvisor.assessment;

/** Inserted by the rules: every criterion of this level and of every level below is met. */
public record LevelReached(String model, int number) {
}
