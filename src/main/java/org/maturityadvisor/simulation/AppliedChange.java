package org.maturityadvisor.simulation;

/** A practice change as applied: the answer before and after (null is unknown). */
public record AppliedChange(String practice, String from, String to) {
}
