package org.maturityadvisor.definition;

import java.util.List;

/**
 * A rule fact: one condition of a target row's Context cell. The row matches only a team whose stated value of
 * {@code field} is among {@code values}; a team that does not state the field does not match it.
 */
public record TargetCondition(String rule, String field, List<String> values) {

    public TargetCondition {
        values = List.copyOf(values);
    }
}
