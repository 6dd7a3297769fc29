package org.maturityadvisor.assessment;

import java.util.List;

import org.maturityadvisor.definition.SectionRole;

/**
 * One section of a checklist model for one team: how many of its statements are met of those that apply to the team
 * ({@code met} of {@code applicable}; {@code total} counts the not-applicable ones too), whether it is complete (every
 * applicable statement met; a section none of whose statements apply is complete), and its unmet statements as
 * blockers (absent or unknown, with observed vs required, remediation and effort), in table order. Built only from
 * what the rules inserted.
 */
public record SectionCompletion(String section, SectionRole role, int met, int applicable, int total,
                                boolean complete, List<Blocker> unmet) {

    public SectionCompletion {
        unmet = List.copyOf(unmet);
    }

    /** Met of applicable as a fraction, 1 when nothing applies. */
    public double fraction() {
        return applicable == 0 ? 1 : (double) met / applicable;
    }

    public boolean required() {
        return role == SectionRole.REQUIRED;
    }
}
