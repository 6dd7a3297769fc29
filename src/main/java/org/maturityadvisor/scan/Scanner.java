package org.maturityadvisor.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Sighting;

/**
 * Runs a rule set's detectors over a tree: a file is read only when some detector's glob matches its path, up to the
 * size limit, and only if it is text; each detector records where it matched first in each file. A practice's
 * observation is the highest value any of its detectors saw, with those sightings; a practice looked for and not
 * found is listed as such, never as "no". Nothing read is executed, imported or evaluated.
 */
public final class Scanner {

    /** Sightings kept per detector; the report counts the rest. */
    public static final int SIGHTINGS_PER_DETECTOR = 5;
    static final int SKIP_EXAMPLES = 5;
    private static final int BINARY_PROBE = 8000;

    private final Detectors detectors;
    private final String rulesetVersion;

    public Scanner(Detectors detectors, String rulesetVersion) {
        this.detectors = detectors;
        this.rulesetVersion = rulesetVersion;
    }

    public ScanReport scan(RepositoryTree tree, ScanLimits limits, TreeFilter filter)
            throws IOException, ScanRefusedException {
        Collector collector = new Collector(limits);
        tree.walk(collector, limits, filter);
        return collector.report(tree.name());
    }

    public ScanReport scan(RepositoryTree tree, ScanLimits limits) throws IOException, ScanRefusedException {
        return scan(tree, limits, TreeFilter.standard(limits));
    }

    private final class Collector implements RepositoryTree.Visitor {
        private final ScanLimits limits;
        private final Map<String, List<Sighting>> byDetector = new LinkedHashMap<>();
        private final Map<SkipReason, List<String>> skipped = new EnumMap<>(SkipReason.class);
        private final Map<SkipReason, Integer> skipCounts = new EnumMap<>(SkipReason.class);
        private int seen;
        private int read;

        Collector(ScanLimits limits) {
            this.limits = limits;
        }

        @Override
        public void file(String path, long size, RepositoryTree.Content content) throws IOException {
            seen++;
            List<Detector> wanted = detectors.forPath(path);
            if (wanted.isEmpty()) {
                return;
            }
            if (size > limits.maxFileBytes()) {
                skipped(path, SkipReason.TOO_LARGE);
                return;
            }
            byte[] bytes = content.read(limits.maxFileBytes());
            if (bytes.length > limits.maxFileBytes()) {
                skipped(path, SkipReason.TOO_LARGE);
                return;
            }
            if (binary(bytes)) {
                skipped(path, SkipReason.BINARY);
                return;
            }
            read++;
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (Detector detector : wanted) {
                Optional<ContentPattern.Span> span = detector.pattern().find(text);
                span.ifPresent(found -> byDetector.computeIfAbsent(detector.id(), id -> new ArrayList<>())
                        .add(sighting(detector, path, text, found)));
            }
        }

        @Override
        public void skipped(String path, SkipReason reason) {
            skipCounts.merge(reason, 1, Integer::sum);
            List<String> examples = skipped.computeIfAbsent(reason, r -> new ArrayList<>());
            if (examples.size() < SKIP_EXAMPLES) {
                examples.add(path);
            }
        }

        ScanReport report(String name) {
            Map<String, Observation> observed = new LinkedHashMap<>();
            for (String practice : detectors.practices()) {
                observation(practice).ifPresent(observation -> observed.put(practice, observation));
            }
            List<String> notFound = detectors.practices().stream().filter(p -> !observed.containsKey(p)).toList();
            Map<SkipReason, ScanReport.Skipped> skips = new EnumMap<>(SkipReason.class);
            skipCounts.forEach((reason, count) -> skips.put(reason, new ScanReport.Skipped(count, skipped.get(reason))));
            return new ScanReport(name, rulesetVersion, List.copyOf(observed.values()), notFound, seen, read, skips);
        }

        private Optional<Observation> observation(String practice) {
            int best = -1;
            String value = null;
            for (Detector detector : detectors.all()) {
                if (detector.practice().equals(practice) && byDetector.containsKey(detector.id())
                        && detector.rank() > best) {
                    best = detector.rank();
                    value = detector.value();
                }
            }
            if (value == null) {
                return Optional.empty();
            }
            List<Sighting> sightings = new ArrayList<>();
            for (Detector detector : detectors.all()) {
                if (detector.practice().equals(practice) && detector.rank() == best
                        && byDetector.containsKey(detector.id())) {
                    byDetector.get(detector.id()).stream()
                            .sorted(Comparator.comparing(Sighting::path))
                            .limit(SIGHTINGS_PER_DETECTOR)
                            .forEach(sightings::add);
                }
            }
            return Optional.of(new Observation(practice, value, best, sightings));
        }
    }

    private static Sighting sighting(Detector detector, String path, String text, ContentPattern.Span span) {
        if (detector.pattern().kind() == PatternKind.FILE) {
            return new Sighting(detector.id(), path, 0, "");
        }
        int start = span.start();
        while (start < span.end() && Character.isWhitespace(text.charAt(start))) {
            start++; // a pattern that begins with \s* may start on the blank lines before what it found
        }
        return new Sighting(detector.id(), path, SightingText.line(text, start),
                SightingText.around(text, start, span.end()));
    }

    private static boolean binary(byte[] bytes) {
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
