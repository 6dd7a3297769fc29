package org.maturityadvisor.store;

import java.util.Arrays;

import org.maturityadvisor.wire.WireId;

/** Where a kept rule-set version came from: the rules directory the service started on, or an uploaded draft. */
public enum VersionOrigin implements WireId {
    DIRECTORY("directory"), DRAFT("draft");

    private final String id;

    VersionOrigin(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    static VersionOrigin stored(String id) {
        return Arrays.stream(values()).filter(origin -> origin.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("a rule-set version holds an unknown origin: " + id));
    }
}
