package org.maturityadvisor.definition;

/** One level of a maturity model; a rule fact. */
public record Level(String model, int number, String name, String description) {
}
