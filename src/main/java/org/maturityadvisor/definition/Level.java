package org.maturityadvisor.definition;

/**
 * One level of a maturity model; a rule fact. A scored model's level (a band) is reached when the score is above
 * {@code scoreAbove}; band 0 has none. {@code alignment} says where the level lines up on the crosswalk's reference
 * model, or is null.
 */
public record Level(String model, int number, String name, String description, ModelKind kind, Double scoreAbove,
                    Alignment alignment) {
}
