package org.maturityadvisor.assessment;

import java.util.List;

/**
 * A level above the one reached and its own unmet criteria. A gated level is also blocked by every unmet criterion of
 * the levels below it, which are listed under those levels. A band of a scored model lists every section whose sum is
 * too low ({@code shortfalls}) and, as blockers, the tests without full points of the sections that are short for the
 * first time at this band (the others are listed under a lower band).
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
