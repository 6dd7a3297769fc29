package org.maturityadvisor.definition;

/** A "Target" table row: conditions on a team's context, the level it should aim for, and why. */
public record TargetRow(String id, String model, String useCases, String businessCritical, String inProduction,
                        String level, String reason) implements DefinitionRow {
}
