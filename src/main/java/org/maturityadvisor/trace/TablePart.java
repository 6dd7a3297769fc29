package org.maturityadvisor.trace;

import java.util.Locale;

import org.maturityadvisor.wire.WireId;

/** Which kind of RuleTable a traced table is: the model's row, its levels, its dimensions, its criteria. */
public enum TablePart implements WireId {
    MODEL, LEVELS, DIMENSIONS, CRITERIA;

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
