package org.maturityadvisor.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One detector regression case, {@code scenarios/scans/<name>/}: a small file tree ({@code repo/}) and, in
 * {@code case.json}, what a scan of it must observe (practice and value), the practices it must not observe, the
 * detectors that must fire and those that must not. A case that cannot be read has no tree and says why in
 * {@code problem}.
 */
public record ScanCase(String name, String description, Path repo, Map<String, String> observes,
                       List<String> mustNotObserve, List<String> sightings, List<String> mustNotSight,
                       String problem) {

    /** The folder of every case, under the scenarios directory. */
    public static final String FOLDER = "scans";

    public ScanCase {
        observes = observes == null ? Map.of() : Map.copyOf(observes);
        mustNotObserve = mustNotObserve == null ? List.of() : List.copyOf(mustNotObserve);
        sightings = sightings == null ? List.of() : List.copyOf(sightings);
        mustNotSight = mustNotSight == null ? List.of() : List.copyOf(mustNotSight);
    }

    static ScanCase unreadable(String name, String problem) {
        return new ScanCase(name, null, null, null, null, null, null, problem);
    }

    /** Where the case lives, relative to the scenarios directory, as outcomes and JUnit XML name it. */
    public String file() {
        return FOLDER + "/" + name;
    }

    /** Whether the case expects anything at all. */
    boolean expectsNothing() {
        return observes.isEmpty() && mustNotObserve.isEmpty() && sightings.isEmpty() && mustNotSight.isEmpty();
    }
}
