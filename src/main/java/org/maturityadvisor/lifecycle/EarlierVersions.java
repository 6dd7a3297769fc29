package org.maturityadvisor.lifecycle;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.ruleset.LoadedRuleSet;

/**
 * Stored results of versions before the active one, standing in for the active version where the rules did not
 * change for that team between the two: the {@link ImpactScope} from the earlier version to the active one says so, as
 * it says which teams a draft can move. After a publish every stored result is an earlier version's until its team is
 * assessed again; without this, each would be assessed under the active version first. At most {@link #MOST} earlier
 * versions are loaded per preview; the teams of any other are assessed.
 */
final class EarlierVersions {

    static final int MOST = 4;

    private final LoadedRuleSet active;
    private final Function<String, Optional<LoadedRuleSet>> load;
    private final ConcurrentMap<String, Optional<ImpactScope>> scopes = new ConcurrentHashMap<>();
    private final AtomicInteger loaded = new AtomicInteger();

    /** @param load a stored version by its id, compiled; empty when it is not stored or no longer loads */
    EarlierVersions(LoadedRuleSet active, Function<String, Optional<LoadedRuleSet>> load) {
        this.active = active;
        this.load = load;
    }

    /**
     * Whether results of this version can stand in at all: it loads, reads every input as the active version does (the
     * same catalog), and nothing differs between the two that could move anybody (models, levels, DRL).
     */
    boolean usable(String version) {
        return scope(version).isPresent();
    }

    /**
     * Where the team stands under the active version, carried from its stored result of {@code version}; null when
     * the rules changed in between in a way that may have moved it.
     *
     * @param team    the team read under the active version's catalog (which is the earlier version's too)
     * @param stored  where its stored result of {@code version} places it
     * @param needed  the models whose standing is asked for (null: every model); only they are carried
     */
    Map<String, Standing> carry(String version, TeamProfile team, Map<String, Standing> stored, Set<String> needed) {
        Optional<ImpactScope> scope = scope(version);
        if (scope.isEmpty() || scope.get().mayMove(team, team, stored, needed)) {
            return null;
        }
        Map<String, Standing> carried = scope.get().carried(stored);
        if (needed != null) {
            carried.keySet().retainAll(needed);
        }
        return carried;
    }

    private Optional<ImpactScope> scope(String version) {
        return scopes.computeIfAbsent(version, id -> loaded.incrementAndGet() > MOST ? Optional.empty()
                : load.apply(id).filter(earlier -> ImpactScope.readAlike(earlier, active))
                        .map(earlier -> ImpactScope.between(earlier, active))
                        .filter(scope -> scope.everyoneBecause().isEmpty()));
    }
}
