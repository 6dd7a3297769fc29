package org.maturityadvisor.teams;

import java.util.Arrays;
import java.util.Optional;

import org.maturityadvisor.wire.WireId;

/**
 * Which teams {@code GET /api/teams?stale=} lists: all, those whose newest assessment has a stale answer today
 * ({@code true}), or one that is stale or turns stale within {@code maturity.evidence.soon-days} ({@code soon}).
 */
public enum StaleFilter implements WireId {
    ANY("false"), STALE("true"), SOON("soon");

    private final String id;

    StaleFilter(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<StaleFilter> of(String id) {
        return Arrays.stream(values()).filter(filter -> filter.id.equals(id)).findFirst();
    }
}
