package org.maturityadvisor.lifecycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleSetArchive;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.VersionOrigin;
import org.springframework.stereotype.Component;

/**
 * Every version that becomes active is kept, so a past result can be re-explained under the rules that produced it.
 * Past versions are compiled on demand and a few are kept compiled.
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

    /** Keeps a version (if new): every version that becomes active is kept first. */
    public RuleSetStore.Recorded keep(LoadedRuleSet ruleSet, VersionOrigin origin, String author, String comment) {
        RuleSetStore.Recorded recorded = store.record(ruleSet.version(), RuleSetArchive.pack(ruleSet.files()), author,
                comment, origin, OffsetDateTime.now(clock));
        synchronized (compiled) {
            compiled.put(ruleSet.version(), ruleSet.advisor());
        }
        return recorded;
    }

    /** A kept version compiled (from the cache, or again from its stored files). */
    public LoadedRuleSet load(String version) {
        byte[] content = store.content(version)
                .orElseThrow(() -> new NotFoundException("rule-set version " + version + " is not stored"));
        List<RuleFile> files = RuleSetArchive.unpack(content);
        Advisor known;
        synchronized (compiled) {
            known = compiled.get(version);
        }
        return known != null ? new LoadedRuleSet(files, known) : LoadedRuleSet.load(files);
    }

    /** A kept version compiled, as {@link #load} does, and kept compiled for the next call. */
    public LoadedRuleSet loadKept(String version) {
        LoadedRuleSet loaded = load(version);
        synchronized (compiled) {
            compiled.putIfAbsent(version, loaded.advisor());
        }
        return loaded;
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
        Advisor advisor = load(version).advisor();
        synchronized (compiled) {
            compiled.put(version, advisor);
        }
        return advisor;
    }
}
