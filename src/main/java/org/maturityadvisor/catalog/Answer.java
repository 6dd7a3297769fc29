package org.maturityadvisor.catalog;

/**
 * A team's answer to one practice, as a rule fact: the canonical value and its rank in the practice's order
 * (for yes/no: no = 0, yes = 1), so that a rule compares "at least the required value" as {@code rank >= required}.
 */
public record Answer(String practice, String value, int rank) {
}
