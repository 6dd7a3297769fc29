package org.maturityadvisor.definition;

/**
 * One dimension of a maturity model (e.g. People, Model Release; a section of a scored or checklist model); a rule
 * fact, so levels are reached per dimension. {@code role} says whether a checklist section is required for the
 * verdict or extra; null in the other kinds.
 */
public record Dimension(String model, String name, ModelKind kind, SectionRole role) {

    /** A dimension of a gated or scored model, or a checklist section before its role is known. */
    public Dimension(String model, String name, ModelKind kind) {
        this(model, name, kind, null);
    }
}
