package org.maturityadvisor.definition;

/**
 * A "Criteria" row of a gated model, or a "Tests" row of a scored one (points per answer instead of a level and a
 * required value).
 */
public record CriterionRow(String id, String model, String level, String dimension, String text, String practice,
                           String required, String remediation, String effort, String points,
                           String needsEvidence, String needsConfirmation, String staleBlocks,
                           String mayBeNotApplicable, String appliesWhen)
        implements DefinitionRow {

    /** A row without the evidence and applicability columns (all blank). */
    public CriterionRow(String id, String model, String level, String dimension, String text, String practice,
                        String required, String remediation, String effort, String points) {
        this(id, model, level, dimension, text, practice, required, remediation, effort, points, null, null, null,
                null, null);
    }
}
