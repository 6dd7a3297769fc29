package org.maturityadvisor.scan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maturityadvisor.catalog.Observation;

/**
 * What one scan saw: the tree's name, the rule-set version whose detectors ran, each practice observed (its highest
 * value, with the sightings behind it), the practices looked for and not found, how many files were read and matched,
 * and the entries not read by reason (with a few example paths each).
 */
public record ScanReport(String tree, String rulesetVersion, List<Observation> observations, List<String> notFound,
                         int filesSeen, int filesRead, Map<SkipReason, Skipped> skipped) {

    public ScanReport {
        observations = List.copyOf(observations);
        notFound = List.copyOf(notFound);
        skipped = Map.copyOf(skipped);
    }

    public Optional<Observation> observation(String practice) {
        return observations.stream().filter(observation -> observation.practice().equals(practice)).findFirst();
    }

    /** The entries skipped for one reason: how many, and the first few paths. */
    public record Skipped(int count, List<String> examples) {
        public Skipped {
            examples = List.copyOf(examples);
        }
    }
}
