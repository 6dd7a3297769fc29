package org.maturityadvisor.definition;

import java.util.List;

/**
 * A rule fact: one condition of a criterion's Applies when cell. The criterion does not apply to a team whose stated
 * value of {@code field} is not among {@code values}; a team that does not state the field keeps the criterion.
 */
public record CriterionCondition(String criterion, String field, List<String> values) {

    public CriterionCondition {
        values = List.copyOf(values);
    }
}
