package org.maturityadvisor.assessment;

import org.maturityadvisor.definition.SectionRole;

/**
 * Inserted by the rules: one section of a checklist model counted for one team: its statements met, those that apply
 * to the team (all but the not applicable ones, by the team or by its context) and all of them.
 */
public record SectionTally(String model, String section, SectionRole role, int met, int applicable, int total) {

    /** Drools' {@code count} accumulates to a {@link Number}. */
    public static SectionTally of(String model, String section, SectionRole role, Number met, Number notApplicable,
                                  Number total) {
        return new SectionTally(model, section, role, met.intValue(), total.intValue() - notApplicable.intValue(),
                total.intValue());
    }

    /** Whether every statement that applies is met (a section none of whose statements apply is complete). */
    public boolean complete() {
        return met == applicable;
    }
}
