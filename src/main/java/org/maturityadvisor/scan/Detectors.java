package org.maturityadvisor.scan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The detectors of one rule set, in table order, with the practices they look for. Empty when the rule set has no
 * detector table: then nothing is observed and no practice is looked for.
 */
public final class Detectors {

    private static final Detectors NONE = new Detectors(List.of());

    private final List<Detector> all;
    private final Set<String> practices;
    private final GlobIndex index;

    public Detectors(List<Detector> detectors) {
        this.all = List.copyOf(detectors);
        Set<String> looked = new LinkedHashSet<>();
        detectors.forEach(detector -> looked.add(detector.practice()));
        this.practices = java.util.Collections.unmodifiableSet(looked);
        this.index = new GlobIndex(this.all);
    }

    public static Detectors none() {
        return NONE;
    }

    public List<Detector> all() {
        return all;
    }

    public Optional<Detector> find(String id) {
        return all.stream().filter(detector -> detector.id().equals(id)).findFirst();
    }

    /** The practices some detector looks for, in table order. */
    public Set<String> practices() {
        return practices;
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /**
     * The detectors whose glob matches a path (relative, forward slashes), in table order. Only the globs that can
     * concern the file's name are tested (see {@link GlobIndex}).
     */
    public List<Detector> forPath(String path) {
        int[] candidates = index.candidates(path.substring(path.lastIndexOf('/') + 1));
        if (candidates.length == 0) {
            return List.of();
        }
        List<Detector> matching = new ArrayList<>(4);
        for (int i : candidates) {
            Detector detector = all.get(i);
            if (detector.path().matches(path)) {
                matching.add(detector);
            }
        }
        return matching;
    }
}
