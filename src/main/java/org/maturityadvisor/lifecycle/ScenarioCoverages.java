package org.maturityadvisor.lifecycle;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.config.AdvisorProperties;
import org.maturityadvisor.coverage.CoverageRun;
import org.maturityadvisor.coverage.ScenarioCoverage;
import org.maturityadvisor.scenario.Scenario;
import org.maturityadvisor.scenario.ScenarioFiles;
import org.maturityadvisor.store.StoredRuleSet;
import org.springframework.stereotype.Service;

/**
 * What the scenario suite exercises of a stored rule-set version, read now: the suite as it is in the scenarios
 * directory, run on the version's rules. A draft's own report keeps the coverage (and its changed-row warnings) as it
 * was when it was drafted; this is the coverage of any version, the active one included. The last few are kept, by
 * version and the suite's content, so a page shown again does not run the suite again.
 */
@Service
public class ScenarioCoverages {

    private static final int KEPT = 4;

    private final RuleSetLifecycle lifecycle;
    private final RuleSetVersions versions;
    private final Path scenariosDir;
    private final Map<Key, ScenarioCoverage> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ScenarioCoverage> eldest) {
            return size() > KEPT;
        }
    };

    private record Key(String version, List<Scenario> scenarios) {
    }

    ScenarioCoverages(RuleSetLifecycle lifecycle, RuleSetVersions versions, AdvisorProperties properties) {
        this.lifecycle = lifecycle;
        this.versions = versions;
        this.scenariosDir = properties.scenariosDir();
    }

    /** The coverage of a version by sequence number or hash; unknown: {@code NotFoundException}. */
    public ScenarioCoverage of(String seqOrHash) {
        StoredRuleSet version = lifecycle.version(seqOrHash);
        List<Scenario> scenarios = ScenarioFiles.read(scenariosDir);
        Key key = new Key(version.hash(), scenarios);
        synchronized (kept) {
            ScenarioCoverage known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        Advisor advisor = versions.advisor(version.hash());
        ScenarioCoverage coverage = CoverageRun.of(advisor, scenarios).coverage();
        synchronized (kept) {
            kept.put(key, coverage);
        }
        return coverage;
    }
}
