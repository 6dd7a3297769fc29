package org.maturityadvisor.assessment;

import java.util.List;

/**
 * A level above the one reached and its own unmet criteria. A level is also blocked by every unmet criterion of the
 * levels below it, which are listed under those levels.
 */
public record BlockedLevel(int level, String name, List<Blocker> blockers) {

    public BlockedLevel {
        blockers = List.copyOf(blockers);
    }
}
