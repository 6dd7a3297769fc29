package org.maturityadvisor.definition;

/** A "Target" table row: conditions on a team's context, the level it should aim for, and why. */
public record TargetRow(String id, String model, String useCases, String businessCritical, String inProduction,
                        String level, String reason, String context) implements DefinitionRow {

    /** A row without a Context column. */
    public TargetRow(String id, String model, String useCases, String businessCritical, String inProduction,
                     String level, String reason) {
        this(id, model, useCases, businessCritical, inProduction, level, reason, null);
    }
}
