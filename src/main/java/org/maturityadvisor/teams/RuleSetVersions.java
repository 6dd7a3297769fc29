package org.maturityadvisor.teams;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import org.maturityadvisor.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleSetArchive;
import org.maturityadvisor.store.RuleSetStore;
import org.springframework.stereotype.Component;

/**
 * Every version that produced a stored assessment is kept, so a past result can be re-explained under the rules that
 * produced it. Past versions are compiled on demand and a few are kept compiled.
 */
@Component
public class RuleSetVersions {

    private static final int COMPILED_KEPT = 4;

    private final ActiveRuleSet active;
    private final RuleSetStore store;
    private final Clock clock;
    private final Map<String, Advisor> compiled = new LinkedHashMap<>(COMPILED_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Advisor> eldest) {
            return size() > COMPILED_KEPT;
        }
    };

    RuleSetVersions(ActiveRuleSet active, RuleSetStore store, Clock clock) {
        this.active = active;
        this.store = store;
        this.clock = clock;
    }

    /** Keeps the version (if new) that is about to produce a stored assessment. */
    public void keep(LoadedRuleSet ruleSet, String origin, String author, String comment) {
        store.record(ruleSet.version(), RuleSetArchive.pack(ruleSet.files()), author, comment, origin,
                OffsetDateTime.now(clock));
    }

    /** The advisor of a version: the active one, or a stored one compiled again. */
    public Advisor advisor(String version) {
        Advisor current = active.get();
        if (current.version().equals(version)) {
            return current;
        }
        synchronized (compiled) {
            Advisor known = compiled.get(version);
            if (known != null) {
                return known;
            }
        }
        byte[] content = store.content(version)
                .orElseThrow(() -> new NoSuchElementException("rule-set version " + version + " is not stored"));
        Advisor advisor = LoadedRuleSet.load(RuleSetArchive.unpack(content)).advisor();
        synchronized (compiled) {
            compiled.put(version, advisor);
        }
        return advisor;
    }
}
