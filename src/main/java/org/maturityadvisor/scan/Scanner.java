package org.maturityadvisor.scan;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

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

    /** Threads reading and matching a folder's files. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int IN_FLIGHT = 256;

    private final Detectors detectors;
    private final String rulesetVersion;
    /** One matcher per set of detectors a file's path concerns (few: one per kind of file). */
    private final Map<String, FileMatcher> matchers = new ConcurrentHashMap<>();

    public Scanner(Detectors detectors, String rulesetVersion) {
        this.detectors = detectors;
        this.rulesetVersion = rulesetVersion;
    }

    public ScanReport scan(RepositoryTree tree, ScanLimits limits, TreeFilter filter)
            throws IOException, ScanRefusedException {
        // a folder's files are read and matched on a small pool (an archive's entries come one by one from a stream)
        ExecutorService pool = tree instanceof DirectoryTree && THREADS > 1 ? Executors.newFixedThreadPool(THREADS,
                runnable -> {
                    Thread thread = new Thread(runnable, "scan");
                    thread.setDaemon(true);
                    return thread;
                }) : null;
        try {
            Collector collector = new Collector(limits, pool);
            tree.walk(collector, limits, filter);
            collector.drain(true);
            return collector.report(tree.name());
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    public ScanReport scan(RepositoryTree tree, ScanLimits limits) throws IOException, ScanRefusedException {
        return scan(tree, limits, TreeFilter.standard(limits));
    }

    /** One file examined: why it was not read, or what each detector saw in it. */
    private record Examined(String path, SkipReason skip, List<Sighting> sightings) {
    }

    private Examined examine(String path, List<Detector> wanted, RepositoryTree.Content content, ScanLimits limits)
            throws IOException {
        byte[] bytes = content.read(limits.maxFileBytes());
        if (bytes.length > limits.maxFileBytes()) {
            return new Examined(path, SkipReason.TOO_LARGE, List.of());
        }
        if (binary(bytes)) {
            return new Examined(path, SkipReason.BINARY, List.of());
        }
        StringBuilder key = new StringBuilder();
        wanted.forEach(detector -> key.append(detector.id()).append('\n'));
        FileMatcher matcher = matchers.computeIfAbsent(key.toString(), k -> new FileMatcher(wanted));
        return new Examined(path, null, matcher.sightings(path, bytes));
    }

    private final class Collector implements RepositoryTree.Visitor {
        private final ScanLimits limits;
        private final ExecutorService pool;
        private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
        /** Skips and files in the order the walk met them: a skip, or a file being examined. */
        private final ArrayDeque<Object> pending = new ArrayDeque<>();
        private final Map<String, List<Sighting>> byDetector = new LinkedHashMap<>();
        private final Map<SkipReason, List<String>> skipped = new EnumMap<>(SkipReason.class);
        private final Map<SkipReason, Integer> skipCounts = new EnumMap<>(SkipReason.class);
        private int seen;
        private int read;

        Collector(ScanLimits limits, ExecutorService pool) {
            this.limits = limits;
            this.pool = pool;
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
            if (pool == null) {
                apply(examine(path, wanted, content, limits));
                return;
            }
            inFlight.acquireUninterruptibly();
            pending.add(pool.submit(() -> {
                try {
                    return examine(path, wanted, content, limits);
                } finally {
                    inFlight.release();
                }
            }));
            drain(false);
        }

        /** Applies what is done at the head of the queue, in walk order; all of it when {@code all}. */
        void drain(boolean all) throws IOException {
            while (!pending.isEmpty()) {
                Object head = pending.peek();
                if (head instanceof Future<?> future) {
                    if (!all && !future.isDone()) {
                        return;
                    }
                    try {
                        apply((Examined) future.get());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("the scan was interrupted", e);
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof IOException io) {
                            throw io;
                        }
                        throw new IllegalStateException(e.getCause());
                    }
                } else {
                    Examined skip = (Examined) head;
                    count(skip.path(), skip.skip());
                }
                pending.poll();
            }
        }

        private void apply(Examined examined) {
            if (examined.skip() != null) {
                count(examined.path(), examined.skip());
                return;
            }
            read++;
            for (Sighting sighting : examined.sightings()) {
                byDetector.computeIfAbsent(sighting.detector(), id -> new ArrayList<>()).add(sighting);
            }
        }

        @Override
        public void skipped(String path, SkipReason reason) {
            if (pool != null && !pending.isEmpty()) {
                pending.add(new Examined(path, reason, List.of()));
            } else {
                count(path, reason);
            }
        }

        private void count(String path, SkipReason reason) {
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

    static Sighting sighting(Detector detector, String path, String text, ContentPattern.Span span) {
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
