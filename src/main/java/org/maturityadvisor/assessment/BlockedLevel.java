package org.maturityadvisor.assessment;

import java.util.List;

/**
 * A level above the one reached and its own unmet criteria. A gated level is also blocked by every unmet criterion of
 * the levels below it, which are listed under those levels. A band of a scored model lists the sections whose sum is
 * too low ({@code shortfalls}) and, as blockers, their tests that do not earn full points.
 */
public record BlockedLevel(int level, String name, List<SectionShortfall> shortfalls, List<Blocker> blockers) {

    public BlockedLevel {
        shortfalls = List.copyOf(shortfalls);
        blockers = List.copyOf(blockers);
    }

    public BlockedLevel(int level, String name, List<Blocker> blockers) {
        this(level, name, List.of(), blockers);
    }
}
