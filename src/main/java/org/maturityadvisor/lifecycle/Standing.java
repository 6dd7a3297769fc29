package org.maturityadvisor.lifecycle;

import java.util.Set;

/**
 * Where a team stands in one model under the active version, as the rules placed it (its stored result, or its
 * assessment): the level, the score of a scored model, and the criteria that block the next level (none at the top).
 */
record Standing(int level, Double score, Set<String> nextBlockers) {

    Standing {
        nextBlockers = Set.copyOf(nextBlockers);
    }
}
