package org.maturityadvisor.definition;

/**
 * One dimension of a maturity model (e.g. People, Model Release; a section of a scored model); a rule fact, so levels
 * are reached per dimension.
 */
public record Dimension(String model, String name, ModelKind kind) {
}
