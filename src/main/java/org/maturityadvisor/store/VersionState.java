package org.maturityadvisor.store;

import java.util.Arrays;

import org.maturityadvisor.wire.WireId;

/**
 * Where a kept rule-set version is in its life: {@code kept} (stored, never checked as a draft: a rules directory
 * loaded at start), {@code draft} (uploaded and checked, with its report) or {@code published} (active once, for good).
 */
public enum VersionState implements WireId {
    KEPT("kept"), DRAFT("draft"), PUBLISHED("published");

    private final String id;

    VersionState(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    static VersionState stored(String id) {
        return Arrays.stream(values()).filter(state -> state.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("a rule-set version holds an unknown state: " + id));
    }
}
