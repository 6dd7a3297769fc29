package org.maturityadvisor.simulation;

import java.util.List;

/** A named set of practice changes to try together. */
public record Plan(String name, List<PracticeChange> changes) {

    public Plan {
        changes = List.copyOf(changes);
    }
}
